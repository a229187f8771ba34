/**
 * `build` run once, on the first call, and its result returned ever after.
 * Used for zod schemas that a run may never need (the recording format, each
 * provider's wire format): building schemas is a visible share of salvo's
 * start-up (bench case 4).
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
