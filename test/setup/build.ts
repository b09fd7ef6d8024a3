// vitest global setup: builds dist/ (npm run build) before any test runs, so that the end-to-end
// tests, which run bin/mixer.js, never run an older build than the in-process tests. Afterwards it
// checks that no test left a record cache in the checkout's sample (tests use copies of data/, or
// --no-cache).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE_CACHE = path.join(ROOT, 'data', '.mixer');

export default function build(): () => void {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the build failed, so no test was run:\n${r.stdout}${r.stderr}`);
  const before = fs.existsSync(SAMPLE_CACHE);
  return () => {
    if (before || !fs.existsSync(SAMPLE_CACHE)) return;
    fs.rmSync(SAMPLE_CACHE, { recursive: true, force: true });
    // (vitest reports an error thrown here but does not fail the run on it)
    process.exitCode = 1;
    throw new Error('a test wrote a record cache into data/: run it on copySample(), or with --no-cache');
  };
}
