// The slow set (npm run test:slow, run by CI after npm test): the benchmark scripts and long runs
// of many processes, such as packing mixer and installing it into a team repository. Same setup
// as the fast suite (vitest.config.ts): dist/ built first, git as the tests run it.
import { defineConfig } from 'vitest/config';
import { GIT_ENV } from './test/git-env.js';

export default defineConfig({
  test: {
    include: ['test/slow/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    env: GIT_ENV,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
