// The fast suite (npm test). Long runs are in vitest.slow.config.ts (npm run test:slow).
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/slow/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
