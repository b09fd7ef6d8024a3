#!/usr/bin/env node
// The quality benchmark: the shared scorer on the shared dev set (when ../shared is there) and
// on our own evaluation network. Prints one line of figures per network.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const scorer = path.join(root, '..', 'shared', 'eval', 'score.mjs');
const specs = [
  ['dev set (shared)', path.join(root, '..', 'shared', 'eval', 'dev.spec.yaml')],
  ['Shikoku network (ours)', path.join(root, 'test', 'eval', 'shikoku.spec.yaml')],
];
if (!fs.existsSync(scorer)) {
  console.log('the shared scorer (../shared/eval/score.mjs) is not here; skipping the quality benchmark');
  process.exit(0);
}
for (const [name, spec] of specs) {
  if (!fs.existsSync(spec)) continue;
  const r = spawnSync(process.execPath, [scorer, spec], { cwd: root, encoding: 'utf8' });
  const lines = r.stdout.trim().split('\n');
  console.log(`${name}: ${lines.at(-1)}`);
  for (const miss of lines.filter((l) => l.startsWith('miss'))) console.log(`  ${miss}`);
}
