// Kept in step with package.json by a test (__tests__/cli/version.test.ts).
export const SALVO_VERSION = '0.1.0';
