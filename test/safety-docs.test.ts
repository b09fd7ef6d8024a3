// docs/safety.md says what the schemas check: its table of limits is made from them.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { limitsTable } from './docs/limits.js';
import { ROOT } from './helpers.js';

it('docs/safety.md lists the limits the schemas check, field by field', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/safety.md'), 'utf8');
  const table = /<!-- limits:start -->\n([\s\S]*?)\n<!-- limits:end -->/.exec(doc)?.[1];
  expect(table, 'the table between the limits markers').toBe(limitsTable());
});
