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
    // pieces of YAML that open levels, and what could hide them (quotes, comments, block scalars)
    const piece = fc.constantFrom(
      '- ',
      '-\n',
      '-',
      '? ',
      '?\n',
      '[',
      ']',
      '{',
      '}',
      'k: ',
      'k:\n',
      '\n',
      '\r\n',
      '\t',
      ' ',
      '    ',
      '"',
      "'",
      '# ',
      '|\n',
      '>-\n',
      'a',
      '日',
      ',',
      '\\',
    );
    const text = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (t) => {
        // the scan with the limit set to the bound itself never refuses
        expect(deepLine(t, nestingBound(t))).toBeUndefined();
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 12 }), (t, max) => {
        expect(tooDeepLine(t, max)).toBe(deepLine(t, max));
      }),
      { numRuns: 5000 },
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
