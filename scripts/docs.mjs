// The generated parts of docs/format.md (a table of fields per kind, from the JSON Schemas that the
// zod schemas make) and docs/json.md (the shape of every --json output, from the zod schemas of the
// JSON contract). Each document is written by hand around blocks marked
// `<!-- generated: NAME -->` … `<!-- /generated -->`; this fills the blocks.
//
//   npm run docs            rewrites the blocks (after a build)
//   test/docs.test.ts       fails when a committed document is not what this makes
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { COMMAND_OUTPUTS, CONTRACT, ERROR, SHARED } from '../dist/commands/contract.js';
import { describedSchemas } from '../dist/records/json-schema.js';
import { LINE_PATTERN, PROSE_PATTERN } from '../dist/records/text.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text) => `\`${text}\``;

// --- docs/format.md --------------------------------------------------------------------------

/** A field's type as a reader of the format says it. */
function formatType(schema) {
  if (schema.anyOf) return schema.anyOf.map(formatType).join(' or ');
  if (schema.enum) return schema.enum.map(code).join(' · ');
  if (schema.type === 'null') return 'empty';
  if (schema.type === 'array') {
    const counts = [
      schema.minItems ? `at least ${schema.minItems}` : '',
      schema.maxItems !== undefined ? `at most ${schema.maxItems}` : '',
    ].filter(Boolean);
    return `list of ${formatType(schema.items)}${counts.length ? ` (${counts.join(', ')})` : ''}`;
  }
  if (schema.type === 'object') {
    if (schema.properties) return `{${Object.keys(schema.properties).join(', ')}}`;
    return 'mapping';
  }
  if (schema.type === 'string') {
    if (schema.format === 'date') return 'date (YYYY-MM-DD)';
    // (a field with more than one pattern has them in allOf)
    const patterns = [schema.pattern, ...(schema.allOf ?? []).map((p) => p.pattern)].filter(Boolean);
    if (patterns.some((p) => p.startsWith('^[a-z0-9]'))) return `id (max ${schema.maxLength})`;
    const form = patterns.includes(LINE_PATTERN.source)
      ? 'one line'
      : patterns.includes(PROSE_PATTERN.source)
        ? 'text (lines, tabs)'
        : patterns.some((p) => p.includes('@'))
          ? 'e-mail'
          : patterns.some((p) => p.includes('A-Za-z0-9'))
            ? 'GitHub user name'
            : 'text';
    const blank = patterns.includes('\\S') ? ', not blank' : '';
    return schema.maxLength !== undefined ? `${form}${blank}, ≤ ${schema.maxLength}` : `${form}${blank}`;
  }
  const range = [];
  if (schema.exclusiveMinimum !== undefined) range.push(`> ${schema.exclusiveMinimum}`);
  if (schema.minimum !== undefined) range.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum !== Number.MAX_SAFE_INTEGER)
    range.push(`≤ ${schema.maximum}`);
  const name = schema.type === 'integer' ? 'integer' : schema.type === 'boolean' ? 'true/false' : 'number';
  return range.length ? `${name} ${range.join(', ')}` : name;
}

const example = (value) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Rows for an object's fields, nested objects and list items after their field. */
function fieldRows(schema, at = '') {
  const rows = [];
  const object = schema.anyOf?.find((s) => s.type === 'object') ?? schema;
  const required = new Set(object.required ?? []);
  const entries = object.properties
    ? Object.entries(object.properties)
    : object.additionalProperties
      ? [['*', object.additionalProperties]]
      : [];
  for (const [key, field] of entries) {
    const name = at ? `${at}.${key}` : key;
    const [ja, en] = (field.description ?? '').split(' / ');
    rows.push(
      `| ${code(name)} | ${cell(formatType(field))} | ${key === '*' || required.has(key) ? 'yes' : ''} | ${cell(en ?? '')}<br>${cell(ja ?? '')} | ${cell(code(example(field.examples?.[0] ?? '')))} |`,
    );
    const inner = field.type === 'array' ? field.items : field;
    const suffix = field.type === 'array' ? '[]' : '';
    const nested = inner.anyOf?.find((s) => s.type === 'object') ?? inner;
    if (nested.type === 'object' && (nested.properties || nested.additionalProperties))
      rows.push(...fieldRows(nested, `${name}${suffix}`));
  }
  return rows;
}

function formatTables() {
  const blocks = {};
  for (const s of describedSchemas().schemas) {
    const head = ['| field | type | required | meaning | example |', '| --- | --- | --- | --- | --- |'];
    blocks[`fields-${s.name}`] = [...head, ...fieldRows(s.schema)].join('\n');
  }
  return blocks;
}

// --- docs/json.md ----------------------------------------------------------------------------

function jsonSchemaOf(schema) {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
}

const refName = (ref) => ref.replace(/^#\/\$defs\//, '');

/** A JSON value's type, as docs/json.md writes it. */
function jsonType(schema) {
  if (schema.$ref) return `[${refName(schema.$ref)}](#${refName(schema.$ref)})`;
  if (schema.anyOf) return schema.anyOf.map(jsonType).join(' or ');
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  if (schema.enum) return schema.enum.map((v) => code(JSON.stringify(v))).join(' or ');
  if (Array.isArray(schema.type)) return schema.type.join(' or ');
  if (schema.type === 'array') return `array of ${jsonType(schema.items ?? {})}`;
  if (schema.type === 'object') return schema.properties ? 'object' : 'object (any keys)';
  return schema.type ?? 'any';
}

function jsonRows(schema, at) {
  const rows = [];
  const described = (field) =>
    field.description ?? (field.$ref ? schema.$defs?.[refName(field.$ref)]?.description : '') ?? '';
  const walk = (node, where) => {
    if (node.type === 'array' && node.items && !node.items.$ref) walk(node.items, `${where}[]`);
    if (node.type !== 'object' || !node.properties) return;
    const required = new Set(node.required ?? []);
    for (const [key, field] of Object.entries(node.properties)) {
      const name = `${where}.${key}`.replace(/^\./, '');
      rows.push(
        `| ${code(name)} | ${cell(jsonType(field))} | ${required.has(key) ? 'yes' : ''} | ${cell(described(field))} |`,
      );
      walk(field, name);
    }
  };
  walk(schema, at);
  return rows;
}

function shapeBlock(title, schema) {
  const whole = jsonSchemaOf(schema);
  // a shared shape is its own definition: show that, not a reference to it
  const json = whole.$ref ? { ...whole.$defs[refName(whole.$ref)], $defs: whole.$defs } : whole;
  const lines = [`### ${title}`, '', json.description ?? '', ''];
  lines.push(`Type: ${jsonType(json)}.`, '');
  const rows = jsonRows(json, '');
  if (rows.length) lines.push('| key | type | always | meaning |', '| --- | --- | --- | --- |', ...rows, '');
  return { lines, defs: json.$defs ?? {} };
}

function jsonShapes() {
  const out = [];
  const defs = {};
  const byShape = new Map();
  for (const [command, shape] of Object.entries(COMMAND_OUTPUTS))
    byShape.set(shape, [...(byShape.get(shape) ?? []), command]);
  out.push('| command | prints |', '| --- | --- |');
  for (const [command, shape] of Object.entries(COMMAND_OUTPUTS).sort(([a], [b]) => a.localeCompare(b)))
    out.push(`| ${code(`mixer ${command} --json`)} | [${shape}](#${shape}) |`);
  out.push('');
  for (const [shape, commands] of byShape) {
    const block = shapeBlock(shape, CONTRACT[shape]);
    out.push(...block.lines.slice(0, 2), `Printed by ${commands.map((c) => code(c)).join(', ')}.`, '');
    out.push(...block.lines.slice(2));
    Object.assign(defs, block.defs);
  }
  const error = shapeBlock('error', ERROR);
  out.push(...error.lines);
  Object.assign(defs, error.defs);
  out.push('## Shared shapes', '');
  for (const [name, def] of Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))) {
    if (name === 'record') {
      out.push(`### ${name}`, '', `${def.description}: see [format.md](format.md).`, '');
      continue;
    }
    const block = shapeBlock(name, SHARED[name]);
    out.push(...block.lines);
  }
  return out.join('\n').trimEnd();
}

// --- filling the documents -------------------------------------------------------------------

const MARK = /<!-- generated: ([\w-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

export function fill(markdown, blocks) {
  return markdown.replace(MARK, (whole, name) =>
    name in blocks ? `<!-- generated: ${name} -->\n${blocks[name]}\n<!-- /generated -->` : whole,
  );
}

/** Every generated document: its path and the text it should have. */
export function documents() {
  const blocks = { ...formatTables(), 'json-shapes': jsonShapes() };
  return ['docs/format.md', 'docs/json.md'].map((file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    return { file, text: fill(text, blocks), blocks: [...text.matchAll(MARK)].map((m) => m[1]) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  for (const doc of documents()) fs.writeFileSync(path.join(ROOT, doc.file), doc.text);
