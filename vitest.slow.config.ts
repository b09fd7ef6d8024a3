// The slow set (npm run test:slow, run by CI after npm test): long runs of many processes, such as
// packing mixer and installing it into a team repository.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/slow/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
