// The JSON Schemas say what `mixer validate` says. Every sample record (and mixer.yaml, and
// glossaries made of the built-in concepts) is mutated in many ways by a seeded generator: a field
// removed, an unknown key, blank text, an impossible date, a wrong type, a value out of its list…
// ajv (with ajv-formats) and `mixer validate` must give the same verdict on every mutation.
// References (an owner that names nothing) are out of a JSON Schema's reach: the verdict compared
// is the record's shape, every problem validate reports about it.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../src/main.js';
import { describedSchemas, walkFields } from '../src/records/json-schema.js';
import { KIND_FOLDERS, KIND_SINGULAR } from '../src/records/schemas.js';
import { recordText } from '../src/store/format.js';
import { cleanup, copySample, memoryIo, SAMPLE, tempDir, writeFiles } from './helpers.js';

afterAll(cleanup);

const { schemas, undocumented } = describedSchemas();

function compile(): Record<string, ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addKeyword('markdownDescription');
  return Object.fromEntries(schemas.map((s) => [s.name, ajv.compile(s.schema)]));
}

/** A small seeded generator (mulberry32): the same mutations on every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

/** Values a mutation puts somewhere: near misses of every constraint the format has. */
const VALUES: unknown[] = [
  '',
  ' ',
  '　',
  '\t\n',
  'x',
  ' x ',
  '北上ベース',
  '🙂',
  // longer than a tag or a name in UTF-16 code units, not in characters
  '🙂'.repeat(30),
  '🙂'.repeat(60),
  'x\u0007y',
  'two\nlines',
  'a\u202eb',
  'x'.repeat(65),
  'a'.repeat(64),
  'kitakami-base',
  'Kitakami-Base',
  'kitakami--base',
  '-kitakami',
  'kitakami_base',
  '2026-02-28',
  '2026-02-29',
  '2024-02-29',
  '2026-02-30',
  '2026-04-31',
  '2026-13-01',
  '2026-1-1',
  '2026-11-20T10:00:00Z',
  '20261120',
  'open',
  'Open',
  'public',
  'mixers',
  'draft',
  'deal',
  'person',
  'onsite',
  'ja',
  'en',
  'JPY',
  0,
  -1,
  1,
  0.5,
  1.5,
  14,
  -0.5,
  1e21,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  [],
  ['x'],
  [''],
  [1],
  {},
  { text: 'ロゴ制作' },
  { text: ' ' },
  { text: 'x', share: 'everyone' },
  { date: '2026-09-03', status: 'asked' },
  { date: '2026-02-30', status: 'asked' },
  { kind: 'deal', value: 100 },
  { ja: 'a', en: 'b' },
];

const KEYS = ['nmae', 'Name', 'id', 'extra', 'tag', 'share', 'label', 'date', 'note', 'strength'];

type Json = unknown;

/** Every place in a value: a path of keys and indexes (the root is []). */
function places(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...places(v, [...at, i]));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...places(v, [...at, k]));
  return out;
}

function mutate(value: Json, rand: ReturnType<typeof random>): Json {
  const copy = structuredClone(value) as Json;
  const at = rand.pick(places(copy));
  const replace = (next: Json) => {
    if (at.length === 0) return next;
    let parent = copy as Record<string | number, Json>;
    for (const seg of at.slice(0, -1)) parent = parent[seg] as Record<string | number, Json>;
    parent[at[at.length - 1]!] = next;
    return copy;
  };
  let target = copy as Json;
  for (const seg of at) target = (target as Record<string | number, Json>)[seg];
  const op = rand.pick(['replace', 'replace', 'replace', 'delete', 'add-key', 'wrap', 'push', 'empty']);
  if (op === 'delete' && at.length > 0) {
    let parent = copy as Record<string | number, Json>;
    for (const seg of at.slice(0, -1)) parent = parent[seg] as Record<string | number, Json>;
    const last = at[at.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
    return copy;
  }
  if (op === 'add-key' && target && typeof target === 'object' && !Array.isArray(target)) {
    (target as Record<string, Json>)[rand.pick(KEYS)] = rand.pick(VALUES);
    return copy;
  }
  if (op === 'wrap') return replace([target]);
  if (op === 'push' && Array.isArray(target)) {
    target.push(structuredClone(rand.pick(VALUES)));
    return copy;
  }
  if (op === 'empty') return replace(Array.isArray(target) ? [] : typeof target === 'string' ? '' : {});
  return replace(structuredClone(rand.pick(VALUES)));
}

/**
 * The codes of problems about a record's shape (the rest are references and history order). A
 * full-width space that made a key, or made the whole record one text, is said as what it is.
 */
const isShape = (code: string) =>
  code.startsWith('schema.') ||
  code === 'problem.not-mapping' ||
  code === 'problem.empty-file' ||
  code === 'problem.fullwidth-space';

async function validate(dir: string) {
  const { io, out } = memoryIo();
  await main(['--data', dir, '--lang', 'en', 'validate', '--json'], io);
  return JSON.parse(out.join('')) as Array<{ file: string; code: string; field: string; message: string }>;
}

function yamlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

interface Disagreement {
  file: string;
  text: string;
  ajv: unknown;
  mixer: unknown;
}

describe('the JSON Schemas', () => {
  it('describe every field in Japanese and English, with an example and a hover text', () => {
    expect(undocumented).toEqual([]);
    for (const s of schemas) {
      expect(s.schema.description, s.name).toMatch(/ \/ /);
      walkFields(s.schema, (at, field) => {
        expect(field.description, `${s.name}.${at}`).toMatch(/\S \/ \S/);
        expect(field.examples, `${s.name}.${at}`).toHaveLength(1);
        expect(field.markdownDescription, `${s.name}.${at}`).toContain('例 / Example:');
      });
    }
    // and the examples are valid values (a record made of every field's example validates)
    const validators = compile();
    for (const s of schemas) {
      walkFields(s.schema, (at, field) => {
        if (at.includes('.') || at.includes('[]')) return;
        const ok = new Ajv({ strict: false });
        addFormats(ok);
        expect(ok.validate(field, (field.examples as unknown[])[0]), `${s.name}.${at}`).toBe(true);
      });
      expect(validators[s.name], s.name).toBeDefined();
    }
  });

  it('carry the constraints of validate: real dates, non-blank text, id patterns, value lists', () => {
    const v = compile();
    expect(v.need!({ owner: 'hirano-cafe', title: 'ロゴ', since: '2026-02-28' })).toBe(true);
    expect(v.need!({ owner: 'hirano-cafe', title: 'ロゴ', since: '2026-02-30' })).toBe(false);
    expect(v.need!({ owner: 'hirano-cafe', title: '   ' })).toBe(false);
    expect(v.need!({ owner: 'Hirano Cafe', title: 'ロゴ' })).toBe(false);
    expect(v.need!({ owner: 'hirano-cafe', title: 'ロゴ', status: 'opened' })).toBe(false);
    expect(v.need!({ owner: 'hirano-cafe', title: 'ロゴ', sinse: '2026-01-01' })).toBe(false);
    const need = schemas.find((s) => s.name === 'need')!.schema as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(need.properties.since).toMatchObject({ type: 'string', format: 'date' });
  });

  it('agree with mixer validate on every mutation of every sample record', async () => {
    const validators = compile();
    const dir = copySample();
    const rand = random(20261127);
    const made: Array<{ file: string; schema: string; value: unknown }> = [];
    let n = 0;
    for (const kind of KIND_FOLDERS) {
      for (const rel of yamlFiles(path.join(SAMPLE, kind))) {
        const value = parse(fs.readFileSync(path.join(SAMPLE, kind, rel), 'utf8'));
        for (let i = 0; i < 30; i++) {
          const file = `${kind}/zz-mutation-${++n}.yaml`;
          const text = recordText(kind, mutate(value, rand) as object);
          writeFiles(dir, { [file]: text });
          made.push({ file, schema: KIND_SINGULAR[kind], value: parse(text) });
        }
      }
    }
    expect(made.length).toBeGreaterThan(2000);
    const problems = await validate(dir);
    const disagreements: Disagreement[] = [];
    for (const m of made) {
      const mine = problems.filter((p) => p.file === m.file && isShape(p.code));
      const validator = validators[m.schema]!;
      const ajvValid = validator(m.value);
      if (ajvValid !== (mine.length === 0))
        disagreements.push({
          file: m.file,
          text: fs.readFileSync(path.join(dir, m.file), 'utf8'),
          ajv: ajvValid ? 'valid' : validator.errors?.map((e) => `${e.instancePath} ${e.message}`),
          mixer: mine.map((p) => `${p.field} ${p.message}`),
        });
    }
    // the mutations reach both verdicts, often
    const invalid = made.filter((m) => problems.some((p) => p.file === m.file && isShape(p.code))).length;
    expect(invalid).toBeGreaterThan(made.length / 3);
    expect(made.length - invalid).toBeGreaterThan(made.length / 10);
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('agree with mixer validate on every mutation of mixer.yaml and of glossaries', async () => {
    const validators = compile();
    const rand = random(7);
    const settings = parse(fs.readFileSync(path.join(SAMPLE, 'mixer.yaml'), 'utf8'));
    // a glossary whose references hold (food is a built-in concept)
    const glossary = { sake: { label: { ja: '酒造り', en: 'Sake' }, terms: ['日本酒'], broader: 'food' } };
    const samples: Array<{ file: 'mixer.yaml' | 'glossary.yaml'; schema: string; value: unknown }> = [];
    for (let i = 0; i < 60; i++) {
      samples.push({ file: 'mixer.yaml', schema: 'settings', value: mutate(settings, rand) });
      samples.push({ file: 'glossary.yaml', schema: 'glossary', value: mutate(glossary, rand) });
    }
    const disagreements: Disagreement[] = [];
    for (const s of samples) {
      const dir = tempDir('mixer-settings-');
      const text = stringify(s.value);
      writeFiles(dir, { [s.file]: text, 'spaces/alpha.yaml': 'name: アルファ\n' });
      const mine = (await validate(dir)).filter((p) => p.file === s.file && isShape(p.code));
      const validator = validators[s.schema]!;
      const ajvValid = validator(parse(text));
      if (ajvValid !== (mine.length === 0))
        disagreements.push({
          file: s.file,
          text,
          ajv: ajvValid ? 'valid' : validator.errors?.map((e) => `${e.instancePath} ${e.message}`),
          mixer: mine.map((p) => `${p.field} ${p.message}`),
        });
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});
