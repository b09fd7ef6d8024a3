// The fast suite (npm test): unit and in-process tests, and a few end-to-end runs of the built
// CLI. Benchmarks and long runs are in vitest.slow.config.ts (npm run test:slow).
import { configDefaults, defineConfig } from 'vitest/config';
import { GIT_ENV } from './test/git-env.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/slow/**'],
    globalSetup: ['test/setup/build.ts'],
    env: GIT_ENV,
    // One test file per core (vitest's default leaves one core to itself): most tests wait on git,
    // child processes or the disk, so two files at once on two cores take about 40% less time.
    maxWorkers: '100%',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
