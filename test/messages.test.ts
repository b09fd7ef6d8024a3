// The message catalogue: every key in exactly one area, every key used by the code, both
// languages for each.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTS, type ListName } from '../src/commands/choices.js';
import { COMMANDS } from '../src/commands/table.js';
import { KIND_SCHEMAS } from '../src/records/schemas.js';
import { loadMessages } from '../src/ui/messages.js';
import { ROOT } from './helpers.js';

const SRC = path.join(ROOT, 'src');
const CATALOGUE = path.join(SRC, 'ui', 'messages');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return file === CATALOGUE ? [] : sources(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

const code = sources(SRC)
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n');
const AREAS = await loadMessages();
const keys = Object.values(AREAS).flatMap((area) => Object.keys(area));
/** Prefixes of keys the code makes from a variable: `kind.${kind}` uses `kind.spaces`, `kind.members`… */
const templates = new Set([...code.matchAll(/`([a-z-]+\.)\$\{/g)].map((m) => m[1]!));

/** The fields of the records: `review` labels a changed field with `field.<name>`. */
const fields = new Set(Object.values(KIND_SCHEMAS).flatMap((schema) => Object.keys(schema.shape)));

/**
 * A key is used when the code names it, or makes it from a template and names the rest elsewhere
 * (as a string, or as a field of a record).
 */
function used(key: string): boolean {
  if (code.includes(`'${key}'`)) return true;
  // The label of a value of a list (commands/choices.ts), and a placeholder of a usage line (`<id>`).
  const label = /^label\.([a-z-]+)\.(.+)$/.exec(key);
  if (label)
    return (LISTS[label[1] as ListName] as readonly string[] | undefined)?.includes(label[2]!) ?? false;
  const placeholder = /^placeholder\.(.+)$/.exec(key);
  if (placeholder) return code.includes(`<${placeholder[1]}>`) || code.includes(`[${placeholder[1]}]`);
  const dot = key.indexOf('.');
  const [prefix, rest] = [key.slice(0, dot + 1), key.slice(dot + 1)];
  if (!templates.has(prefix)) return false;
  return code.includes(`'${rest}'`) || (prefix === 'field.' && fields.has(rest));
}

describe('messages', () => {
  it('puts every key in exactly one area', () => {
    const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(twice).toEqual([]);
  });

  it('has no key the code never uses', () => {
    expect(keys.filter((key) => !used(key))).toEqual([]);
  });

  it('words every message in Japanese and in English', () => {
    for (const area of Object.values(AREAS))
      for (const [key, entry] of Object.entries(area)) {
        expect(typeof entry.ja === 'string' || typeof entry.ja === 'function', key).toBe(true);
        expect(typeof entry.en === 'string' || typeof entry.en === 'function', key).toBe(true);
      }
  });

  it("has a Japanese word for every placeholder of a command's usage", () => {
    const usage = COMMANDS.flatMap((spec) => [
      ...(spec.args ?? []).map((arg) => arg.name),
      ...(spec.options ?? []).map((option) => option.flags),
    ]);
    const placeholders = new Set(
      usage.flatMap((text) => [...text.matchAll(/[<[]([^\]>.]+)(?:\.\.\.)?[\]>]/g)].map((m) => m[1]!)),
    );
    expect([...placeholders].filter((name) => !keys.includes(`placeholder.${name}`))).toEqual([]);
  });
});
