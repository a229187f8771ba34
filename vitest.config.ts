import { defineConfig } from 'vitest/config';

// Unit tests (`*.test.ts`) run in-process and fast; integration tests
// (`*.int.test.ts`) start real processes and loopback servers. Each project can
// run on its own: `npm run test:unit`, `npm run test:int`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: ['__tests__/**/*.int.test.ts'],
          testTimeout: 10_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['__tests__/**/*.int.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
