// The quick reader of plain record YAML must read every text it takes exactly as `yaml` does, and
// leave to `yaml` every text that `yaml` rejects. Checked on every sample file, on a generated
// folder and on thousands of generated texts built from the places where YAML is subtle.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../src/store/plain-yaml.js';
import { cleanup, copySample, ROOT, runCli, runJson, SAMPLE, tempDir, writeFiles } from './helpers.js';

afterAll(cleanup);

/** A text that tells apart what deep equality may not: key order, -0, NaN, null and undefined. */
function exact(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return `number:${v}`;
    if (Object.is(v, -0)) return 'number:-0';
    if (v === undefined) return 'undefined';
    return v;
  });
}

/** What `yaml` makes of a text as mixer reads it: the value, or undefined when it has errors. */
function byYaml(text: string): { value?: unknown; ok: boolean } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 50 }) };
  } catch {
    return { ok: false }; // an alias that cannot be resolved
  }
}

/** A small seeded generator (mulberry32): the same texts on every run; PLAIN_YAML_SEED for others. */
function seeded(start: number): () => number {
  let seed = start;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Checks one text; says whether the quick reader took it. */
function agrees(text: string): boolean {
  const quick = readPlainYaml(text);
  const full = byYaml(text);
  if (quick === undefined) return false;
  if (!full.ok) expect.fail(`the quick reader took a text yaml rejects:\n${text}`);
  if (exact(quick) !== exact(full.value))
    expect.fail(`read differently:\n${text}\nquick: ${exact(quick)}\nyaml:  ${exact(full.value)}`);
  expect(Object.getPrototypeOf(quick)).toBe(Object.prototype);
  return true;
}

describe('the quick YAML reader', () => {
  it('takes every record of the sample network, and reads each as yaml does', () => {
    const files = fg.sync('**/*.yaml', { cwd: SAMPLE });
    expect(files.length).toBeGreaterThan(80);
    for (const file of files) {
      const text = fs.readFileSync(path.join(SAMPLE, file), 'utf8');
      expect(agrees(text), file).toBe(true);
    }
  });

  it('takes the files of a generated folder (flow lists), and the canonical form of them', () => {
    const dir = path.join(tempDir('mixer-plain-'), 'data');
    expect(
      spawnSync(process.execPath, [path.join(ROOT, 'test/bench/generate.mjs'), dir, '--scale', '0.01'])
        .status,
    ).toBe(0);
    const files = fg.sync('**/*.yaml', { cwd: dir });
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(agrees(fs.readFileSync(path.join(dir, file), 'utf8')), file).toBe(true);
    expect(runCli(['--data', dir, 'fmt']).code).toBe(0);
    for (const file of files) expect(agrees(fs.readFileSync(path.join(dir, file), 'utf8')), file).toBe(true);
  });

  it('agrees with yaml on sample files with characters put in, taken out or swapped', () => {
    const random = seeded(Number(process.env.PLAIN_YAML_SEED ?? 11));
    const pieces = [
      ' ',
      '  ',
      '\n',
      ':',
      ': ',
      '#',
      ' #',
      '-',
      '- ',
      '"',
      "'",
      '[',
      ']',
      ',',
      '|',
      '>',
      '&',
      '*',
      '!',
      '{',
      '\\',
      '\n  ',
      'の',
      '\u3000',
      '\u00a0',
      '~',
      '0x',
      '.',
      'e5',
      '+',
      "''",
      '...',
      '---',
      '? ',
    ];
    const texts = fg
      .sync('**/*.yaml', { cwd: SAMPLE })
      .map((f) => fs.readFileSync(path.join(SAMPLE, f), 'utf8'));
    const rounds = Number(process.env.PLAIN_YAML_CASES ?? 6000);
    let taken = 0;
    for (let i = 0; i < rounds; i++) {
      let text = texts[i % texts.length]!;
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        const at = Math.floor(random() * text.length);
        const r = random();
        const piece = pieces[Math.floor(random() * pieces.length)]!;
        if (r < 0.4) text = text.slice(0, at) + piece + text.slice(at);
        else if (r < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
        else text = text.slice(0, at) + piece + text.slice(at + piece.length);
      }
      if (agrees(text)) taken++;
    }
    expect(taken).toBeGreaterThan(rounds * 0.3);
  });

  it('reads scalars by the core schema', () => {
    const cases: Array<[string, unknown]> = [
      ['a: 12', 12],
      ['a: -3', -3],
      ['a: 0o17', 15],
      ['a: 0x1F', 31],
      ['a: 1.50', 1.5],
      ['a: .5', 0.5],
      ['a: 1e3', 1000],
      ['a: -.inf', Number.NEGATIVE_INFINITY],
      ['a: .NaN', Number.NaN],
      ['a: ~', null],
      ['a:', null],
      ['a: Null', null],
      ['a: TRUE', true],
      ['a: false', false],
      ['a: yes', 'yes'],
      ['a: 2026-03-17', '2026-03-17'],
      ['a: 12:30', '12:30'],
      ['a: C# と F#', 'C# と F#'],
      ['a: 値 # 注記', '値'],
      ['a: "x \\"y\\" \\u00e9"', 'x "y" é'],
      ["a: 'it''s'", "it's"],
      ['a: [x, "y, z", 3]', ['x', 'y, z', 3]],
      ['a: []', []],
      // The ideographic space and the no-break space are text to YAML, not white space.
      ['a: 値\u3000', '値\u3000'],
      ['a: \u3000字下げ', '\u3000字下げ'],
      ['a: [x\u3000, \u00a0y]', ['x\u3000', '\u00a0y']],
      ['a:\n- x\n- y: 1\n  z: 2\nb: 3', ['x', { y: 1, z: 2 }]],
      ['a: |-\n  一行目\n\n  三行目\n', '一行目\n\n三行目'],
      ['a: |\n  text\n\n\nb: 1', 'text\n'],
    ];
    for (const [text, value] of cases) {
      expect(agrees(text), text).toBe(true);
      expect(readPlainYaml(text)?.a).toEqual(value);
    }
  });

  it('leaves to yaml what it does not read itself', () => {
    const cases = [
      'a: &x 1\nb: *x',
      'a: !!str 1',
      'a: >\n  folded\n',
      'a: |+\n  kept\n\n',
      'a: {b: 1}',
      'a: plain\n  continued',
      'a: "open\n  quote"',
      'a: 1\na: 2',
      '"a": 1',
      '---\na: 1',
      'a: [x, [y]]',
      'a: b: c',
      '\ta: 1',
      '',
      '# only a comment',
      '- a list',
      'true: 1',
      '__proto__: 1',
    ];
    for (const text of cases) expect(readPlainYaml(text), text).toBeUndefined();
  });

  it('agrees with yaml on thousands of generated texts, and takes most of them', () => {
    const random = seeded(Number(process.env.PLAIN_YAML_SEED ?? 7));
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
    /** Mostly what records hold, now and then what YAML is subtle about. */
    const often = <T>(usual: T[], rare: T[]): T => (random() < 0.95 ? pick(usual) : pick(rare));
    const usualKeys = ['name', 'kind', 'a', 'b_c', 'x-y', 'Key1', 'note', 'title', 'on', 'yes'];
    const rareKeys = ['true', 'Null', '1', 'a b', '"q"', 'a:b', '-a'];
    const usualScalars = [
      ...[
        '',
        '~',
        'null',
        'Null',
        'true',
        'False',
        'yes',
        'off',
        '0',
        '-0',
        '+1',
        '007',
        '0o17',
        '0x1F',
        '1.5',
      ],
      ...[
        '1.',
        '.5',
        '1e3',
        '1E-3',
        '-.Inf',
        '.nan',
        '1_000',
        '2026-03-17',
        '12:30',
        'a:b',
        'a#b',
        '-x',
        '--',
        '?x',
      ],
      ...[
        '[a, b]',
        '[a,b]',
        '[ ]',
        '[]',
        '["a", \'b\']',
        '[a] # c',
        '[1, true, ~]',
        '"x"',
        '"a\\"b"',
        '"\\u00e9"',
      ],
      ...['"\\n"', '"a" # c', "'it''s'", "it's", 'C#', 'a  b', 'trail  ', 'a,b', 'a]b', 'a[b', 'x # c'],
      ...[
        'ホームページ制作',
        '全角の空白\u3000',
        '\u3000先頭',
        'no\u00a0break\u00a0',
        '[\u3000a\u3000, b]',
        '全角：コロン',
        'ＳＮＳ運用',
        '写真 # 撮影',
        'Web/デザイン',
        '"引用「です」"',
        "'単'",
      ],
    ];
    const rareScalars = [
      ...[
        'nULL',
        'tRUE',
        '0o8',
        '0x',
        'a: b',
        'a #b',
        '#x',
        '- x',
        '-',
        '? x',
        ': x',
        ':x',
        'x:',
        '[a, ]',
        '[a,, b]',
      ],
      ...[
        '[a: b]',
        '[a:b]',
        '[a]x',
        '[a #b]',
        '{a: 1}',
        '{}',
        '"\\x41"',
        '"a',
        '"a" x',
        "'a",
        '&a x',
        '*a',
        '!!str 1',
      ],
      ...['@x', '`x', '%x', ',x', 'a\u0085b', '>', '|+'],
    ];
    const textLines = ['本文', '  字下げ', '# 注記ではない', '', 'a: b', '- 項目', '"q"', '   '];
    const sp = (n: number) => ' '.repeat(Math.max(0, n));
    /** Jitter: now and then one space more or less, where YAML is strict about it. */
    const jitter = (n: number) => (random() < 0.02 ? n + (random() < 0.5 ? -1 : 1) : n);

    function literal(indent: number): string[] {
      const header = often(['|', '|-', '| # c'], ['|+', '|2', '>', '>-']);
      const lines = [header];
      const inner = indent + pick([2, 2, 4]);
      for (let i = 0, n = 1 + Math.floor(random() * 4); i < n; i++) {
        const t = pick(textLines);
        lines.push(t === '' ? sp(pick([0, inner, inner + 2])) : sp(jitter(inner)) + t);
      }
      if (random() < 0.3) lines.push('');
      return lines;
    }

    function value(indent: number, depth: number): string[] {
      const r = random();
      if (depth < 3 && r < 0.15) return ['', ...mapping(indent + pick([2, 2, 4]), depth + 1)];
      if (depth < 3 && r < 0.3) return ['', ...list(indent + pick([2, 2, 0]), depth + 1)];
      if (r < 0.4) return literal(indent);
      return [often(usualScalars, rareScalars)];
    }

    /** An entry's first line joins the value's first piece; deeper pieces follow. */
    function entry(prefix: string, indent: number, depth: number): string[] {
      const [first, ...rest] = value(indent, depth);
      const head = first === '' ? prefix : `${prefix} ${first}`;
      return [head, ...rest];
    }

    function mapping(indent: number, depth: number): string[] {
      const out: string[] = [];
      for (let i = 0, n = 1 + Math.floor(random() * 4); i < n; i++) {
        if (random() < 0.08) out.push(sp(indent) + pick(['# 注記', '#', '']));
        out.push(...entry(`${sp(jitter(indent))}${often(usualKeys, rareKeys)}:`, indent, depth));
      }
      return out;
    }

    function list(indent: number, depth: number): string[] {
      const out: string[] = [];
      for (let i = 0, n = 1 + Math.floor(random() * 3); i < n; i++) {
        if (depth < 3 && random() < 0.3) {
          const [first, ...rest] = mapping(indent + 2, depth + 1);
          out.push(`${sp(jitter(indent))}- ${first!.trimStart()}`, ...rest);
        } else out.push(...entry(`${sp(jitter(indent))}-`, indent, depth));
      }
      return out;
    }

    let taken = 0;
    // PLAIN_YAML_CASES=200000 for a longer search when changing the reader.
    const total = Number(process.env.PLAIN_YAML_CASES ?? 6000);
    for (let i = 0; i < total; i++) {
      const text = mapping(0, 0).join('\n') + (random() < 0.8 ? '\n' : '');
      if (agrees(text)) taken++;
    }
    // Enough are taken that the comparison means something.
    console.log('taken', taken);
    expect(taken).toBeGreaterThan(total * 0.3);
  });

  it('changes nothing a command prints: every command reads the same with MIXER_FULL_YAML=1', () => {
    const dir = copySample();
    // A record the quick reader leaves to yaml (an anchor) and one with a problem, beside plain ones.
    writeFiles(dir, {
      'needs/anchored.yaml': 'owner: &o abe-web\ntitle: 通販サイトを作りたい\nnote: *o\n',
      'needs/broken.yaml': 'owner: abe-web\ntitle: [unclosed\n',
    });
    for (const args of [['validate'], ['suggest', '--limit', '30'], ['list', 'needs'], ['unmatched']]) {
      const quick = runCli(['--data', dir, ...args, '--json']);
      const full = runCli(['--data', dir, ...args, '--json'], { env: { MIXER_FULL_YAML: '1' } });
      expect(quick.stdout, args.join(' ')).toBe(full.stdout);
      expect(quick.code).toBe(full.code);
    }
    const problems = runJson<Array<{ file: string }>>(['--data', dir, 'validate']);
    expect(problems.map((p) => p.file)).toContain('needs/broken.yaml');
  });
});
