// The nesting guard (store/guard.ts): its one-pass bound never lets through a text that the line
// by line scan would refuse, and a record file is far below the limit.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepLine, MAX_DEPTH, nestingBound, tooDeepLine } from '../src/store/guard.js';
import { SAMPLE } from './helpers.js';

describe('the nesting guard', () => {
  it('the bound is at least what the scan measures: a text within it is never refused', () => {
    const yamlish = fc.string({
      unit: fc.constantFrom(...'-?[]{}:|>#"\'\\ \n\n\n  ab日'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(yamlish, fc.integer({ min: 0, max: 8 }), (text, max) => {
        if (nestingBound(text) <= max) expect(deepLine(text, max)).toBeUndefined();
        expect(tooDeepLine(text, max)).toBe(deepLine(text, max));
      }),
      { numRuns: 5000, seed: 29 },
    );
  });

  it('refuses deep nesting whichever way it is written', () => {
    expect(tooDeepLine(`a: ${'['.repeat(70)}${']'.repeat(70)}\n`)).toBe(1);
    expect(tooDeepLine(`${'- '.repeat(70)}x\n`)).toBe(1);
    const block = Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(tooDeepLine(block)).toBe(MAX_DEPTH + 1);
  });

  it('a record file of the sample network is far below the limit, so it is not scanned line by line', () => {
    for (const folder of ['spaces', 'members', 'needs', 'visits', 'proposals']) {
      const dir = path.join(SAMPLE, folder);
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        expect(nestingBound(text), `${folder}/${file}`).toBeLessThanOrEqual(MAX_DEPTH);
      }
    }
  });
});
