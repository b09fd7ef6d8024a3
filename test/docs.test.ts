// The documents that ship: docs/format.md and docs/json.md are in step with the zod schemas (their
// generated blocks are what scripts/docs.mjs makes now), pass markdownlint, and the READMEs point
// only at files that ship in the package.
import fs from 'node:fs';
import path from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, without types
import { documents } from '../scripts/docs.mjs';
import { describedSchemas } from '../src/records/json-schema.js';
import { ROOT } from './helpers.js';

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };

interface Document {
  file: string;
  text: string;
  blocks: string[];
}

describe('docs/format.md and docs/json.md', () => {
  const docs = documents() as Document[];

  it('are what the schemas make now (npm run docs rewrites them)', () => {
    for (const doc of docs)
      expect(fs.readFileSync(path.join(ROOT, doc.file), 'utf8'), `${doc.file}: run npm run docs`).toBe(
        doc.text,
      );
  });

  it('have a table for every schema and the shapes of every output', () => {
    const format = docs.find((d) => d.file === 'docs/format.md')!;
    expect(format.blocks.sort()).toEqual(
      describedSchemas()
        .schemas.map((s) => `fields-${s.name}`)
        .sort(),
    );
    expect(docs.find((d) => d.file === 'docs/json.md')!.blocks).toEqual(['json-shapes']);
  });

  it('pass markdownlint', () => {
    const result = lint({
      strings: Object.fromEntries(docs.map((d) => [d.file, d.text])),
      config: { default: true, MD013: false, MD060: false, MD033: { allowed_elements: ['br'] } },
    });
    expect(Object.values(result).flat()).toEqual([]);
  });
});

describe('the READMEs', () => {
  it('link only to files that ship', () => {
    const shipped = (rel: string) =>
      ['README.md', 'README.ja.md', 'LICENSE', 'package.json'].includes(rel) ||
      PKG.files.some((entry) => rel === entry || rel.startsWith(`${entry}/`));
    for (const readme of ['README.md', 'README.ja.md', 'docs/format.md', 'docs/json.md']) {
      const text = fs.readFileSync(path.join(ROOT, readme), 'utf8');
      const links = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!);
      for (const link of links.filter((l) => !/^[a-z]+:/.test(l))) {
        const rel = path.posix.normalize(path.posix.join(path.posix.dirname(readme), link));
        expect(rel, `${readme} → ${link}`).not.toMatch(/^\.\./);
        expect(fs.existsSync(path.join(ROOT, rel)), `${readme} → ${link}`).toBe(true);
        expect(shipped(rel), `${readme} → ${link} does not ship`).toBe(true);
      }
      expect(text, readme).not.toMatch(/DESIGN\.md/);
    }
  });
});
