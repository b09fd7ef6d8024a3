// Part of the build: a copy of package-lock.json in dist/, so that a packed mixer (npm never packs
// the lock file itself) can write the lock file of a team's data repository (`mixer init`).
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
copyFileSync(path.join(root, 'package-lock.json'), path.join(root, 'dist', 'dependencies.lock.json'));
