import { defineConfig } from 'vitest/config';

// Unit and content tests only: Playwright specs live in tests/e2e and run against the built site.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
  },
});
