export { createRedactor, MIN_SECRET_LENGTH, type Redactor, type RedactorOptions } from './redactor.ts';
export { BUILT_IN_PATTERNS, REDACTED } from './patterns.ts';
export { ERROR_MESSAGE_LIMIT, limitTrace, truncateText, TRACE_LIMITS, type TraceLimits } from './limits.ts';
export { maskSecrets, redactBuiltIns, safeExcerpt, withSafeQuotations } from './excerpt.ts';
