#!/usr/bin/env node
// Baseline (a) of the speed benchmark: find, read and parse every YAML file with `yaml`, nothing else.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { parse } from 'yaml';

const dir = process.argv[2];
let count = 0;
for (const file of fg.sync('**/*.yaml', { cwd: dir })) {
  parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  count++;
}
console.error(`parsed ${count} files`);
