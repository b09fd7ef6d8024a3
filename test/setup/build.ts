// vitest global setup: builds dist/ (npm run build) before any test runs, so that the end-to-end
// tests, which run bin/mixer.js, never run an older build than the in-process tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export default function build(): void {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the build failed, so no test was run:\n${r.stdout}${r.stderr}`);
}
