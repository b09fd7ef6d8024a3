// `prepare` (npm runs it after `npm install` in a checkout, and when installing from a git URL):
// builds dist/ when the TypeScript compiler is there. Without it (an install that skipped the
// dev tools) a dist/ already built is used as it is; a release tarball ships the built files (the
// NEEDED ones among them: test/slow/install.test.ts) and never runs this. So an install never
// fails with "tsc: not found" while a built dist/ is at hand.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// What bin/mixer.js loads: the bundle, the copy of string-width it loads for text that is not
// plain, the concept index and the glossary's term lists it reads (a dist/ from before them lacks
// them and would fail later).
const NEEDED = [
  'dist/bundle/main.js',
  'dist/bundle/string-width.cjs',
  'dist/data/concept-index.tsv',
  'dist/data/glossary-term-lists.json',
];
const built = NEEDED.every((file) => existsSync(path.join(root, file)));

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
  if (r.status === null) {
    // (npm could not be started, or the build was killed: said, not a silent exit 1)
    console.error(
      `mixer: \`npm run build\` did not run to its end: ${r.error?.message ?? `signal ${r.signal}`}`,
    );
    process.exit(1);
  }
  process.exit(r.status);
} else if (!built) {
  console.error(
    'mixer: dist/ is not built and TypeScript is not installed here.\n' +
      '  → install mixer from its release tarball (it ships dist/), or run `npm install` with the dev dependencies.',
  );
  process.exit(1);
}
