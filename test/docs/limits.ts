// The table of limits in docs/safety.md, made from the JSON Schemas (so from the zod schemas): a
// test compares the two, and prints this table when they differ.
import { jsonSchemas } from '../../src/records/json-schema.js';
import { LINE_PATTERN, PROSE_PATTERN } from '../../src/records/text.js';

type Schema = Record<string, unknown>;

function describe(schema: Schema): string | undefined {
  const any = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (any) return [...new Set(any.map(describe).filter(Boolean))].join(' or ');
  switch (schema.type) {
    case 'string': {
      if (schema.enum) return undefined;
      // (a field with more than one pattern has them in allOf; `\S`, not blank, is said elsewhere)
      const patterns = [
        schema.pattern,
        ...((schema.allOf as Schema[] | undefined) ?? []).map((p) => p.pattern),
      ];
      const pattern = String(patterns.find((p) => p !== undefined && p !== '\\S') ?? '');
      const form =
        pattern === LINE_PATTERN.source
          ? 'one line'
          : pattern === PROSE_PATTERN.source
            ? 'text (lines, tabs)'
            : schema.format === 'date' || /\\d\{4\}|20\\d/.test(pattern)
              ? 'date'
              : /@/.test(pattern)
                ? 'e-mail'
                : pattern.includes('A-Za-z0-9')
                  ? 'GitHub user name'
                  : /a-z0-9/.test(pattern)
                    ? 'id'
                    : 'text';
      return schema.maxLength !== undefined ? `${form}, ≤ ${schema.maxLength}` : form;
    }
    case 'integer':
    case 'number':
      return schema.minimum !== undefined || schema.maximum !== undefined
        ? `${schema.type === 'integer' ? 'whole number' : 'number'} ${schema.minimum ?? ''}–${schema.maximum ?? ''}`
        : undefined;
    default:
      return undefined;
  }
}

function rows(kind: string, schema: Schema, prefix: string, out: string[][]): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [key, value] of Object.entries(props)) {
    const field = `${prefix}${key}`;
    if (value.type === 'array') {
      const items = value.items as Schema;
      const max = value.maxItems !== undefined ? `≤ ${value.maxItems} items` : '';
      const of = items.type === 'object' ? '' : describe(items);
      out.push([kind, field, [max, of && `each ${of}`].filter(Boolean).join('; ')]);
      if (items.type === 'object') rows(kind, items, `${field}[].`, out);
      for (const branch of (items.anyOf ?? []) as Schema[])
        if (branch.type === 'object') rows(kind, branch, `${field}[].`, out);
    } else if (value.type === 'object') rows(kind, value, `${field}.`, out);
    else {
      const text = describe(value);
      if (text) out.push([kind, field, text]);
    }
  }
}

export function limitsTable(): string {
  const out: string[][] = [];
  for (const s of jsonSchemas()) {
    if (s.file === 'glossary.schema.json') continue;
    // (mixer.yaml may be empty: its schema is the object or null)
    const root = ((s.schema.anyOf as Schema[] | undefined)?.find((b) => b.type === 'object') ??
      s.schema) as Schema;
    rows(s.file.replace('.schema.json', ''), root, '', out);
  }
  return [
    '| record | field | what it may hold |',
    '| --- | --- | --- |',
    ...out.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
