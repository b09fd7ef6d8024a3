// Git as the tests run it: a fixed author and no user or system configuration. vitest.config.ts
// puts it in the environment of every test, so that mixer's own git calls (run in the test's
// process) see it too.
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Mixer',
  GIT_AUTHOR_EMAIL: 'test@example.jp',
  GIT_COMMITTER_NAME: 'Test Mixer',
  GIT_COMMITTER_EMAIL: 'test@example.jp',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};
