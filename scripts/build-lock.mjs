// Part of the build: the part of package-lock.json an installed mixer needs, in
// dist/dependencies.lock.json, so that a packed mixer (npm never packs the lock file itself) can
// write the lock file of a team's data repository (`mixer init`, src/init/lock.ts). That is the
// packages a user's install of mixer gets: the entries npm marks neither dev nor devOptional, and
// the package itself without its devDependencies. The build and test tools stay out of the tarball.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const packages = {};
for (const [at, entry] of Object.entries(lock.packages)) {
  if (at === '') {
    const { devDependencies: _, ...own } = entry;
    packages[at] = own;
  } else if (!entry.dev && !entry.devOptional) packages[at] = entry;
}
writeFileSync(
  path.join(root, 'dist', 'dependencies.lock.json'),
  `${JSON.stringify({ ...lock, packages }, null, 2)}\n`,
);
