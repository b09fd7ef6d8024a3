// The fast suite (npm test): unit and in-process tests, and a few end-to-end runs of the built
// CLI. Benchmarks and long runs are in vitest.slow.config.ts (npm run test:slow).
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { GIT_ENV } from './test/git-env.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/slow/**'],
    globalSetup: ['test/setup/build.ts'],
    env: GIT_ENV,
    // Three test files at once on two cores (vitest's default leaves one core to itself, and a
    // percentage above 100% is capped): most tests wait on git, child processes or the disk. Against
    // one, two files at once took about 40% less time; three took 74–76 s against 78–83 s for two
    // (2026-11-28, same machine, alternating).
    maxWorkers: Math.round(availableParallelism() * 1.5),
    // A bound for a hung test, not a measure of speed: on a shared machine under load, a test of
    // several git clones and CLI runs has taken just over 30 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
