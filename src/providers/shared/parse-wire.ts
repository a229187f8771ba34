import type { z } from 'zod';
import { ProviderError } from '../../core/errors.ts';

/** Validates the fields salvo reads; a server answering something else is named, not crashed on. */
export function parseWire<T extends z.ZodType>(schema: T, data: unknown, provider: string, label: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}` : 'unknown shape';
  throw new ProviderError(provider, `${label} sent a response salvo cannot read (${where})`, {
    retryable: false,
    code: 'E_PROVIDER_RESPONSE',
  });
}
