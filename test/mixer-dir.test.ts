// What mixer keeps for itself in the data folder (`.mixer/`: the record cache and the write lock)
// is never committed: the first write or cache made there also writes its .gitignore.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cleanup, git, mixer, sampleRepo } from './helpers.js';

afterAll(cleanup);

it('a write without a cache leaves .mixer/ ignored by git', async () => {
  const dir = sampleRepo();
  const r = await mixer(['--data', dir, '--no-cache', 'add-mixer', '--id', 'mx-ito', '--name', '伊藤 学']);
  expect(r.code, r.stderr).toBe(0);
  expect(fs.readFileSync(path.join(dir, '.mixer', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
  expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('?? mixers/mx-ito.yaml');
});
