// `prepare` (npm runs it after `npm install` in a checkout, and when installing from a git URL):
// builds dist/ when the TypeScript compiler is there. Without it (an install that skipped the
// dev tools) a dist/ already built is used as it is; a release tarball ships dist/ and never runs
// this. So an install never fails with "tsc: not found" while a built dist/ is at hand.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = existsSync(path.join(root, 'dist', 'main.js'));

let compiler = true;
try {
  createRequire(path.join(root, 'package.json')).resolve('typescript/package.json');
} catch {
  compiler = false;
}

if (compiler) {
  // The build's messages go to stderr: stdout belongs to npm (`npm pack --json` prints there).
  // A packed artifact holds only what the sources build today: no module left from a file since removed.
  if (['pack', 'publish'].includes(process.env.npm_command ?? ''))
    rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const npm = process.env.npm_execpath;
  const r = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: ['inherit', 2, 'inherit'] })
    : spawnSync('npm', ['run', 'build'], {
        cwd: root,
        stdio: ['inherit', 2, 'inherit'],
        shell: process.platform === 'win32',
      });
  process.exit(r.status ?? 1);
} else if (!built) {
  console.error(
    'mixer: dist/ is not built and TypeScript is not installed here.\n' +
      '  → install mixer from its release tarball (it ships dist/), or run `npm install` with the dev dependencies.',
  );
  process.exit(1);
}
