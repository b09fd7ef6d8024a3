// JSON Schemas generated from the zod schemas (never written by hand), for editors and for any
// validator that is not ours. Every constraint comes from zod (a date is `format: date` and a
// pattern of real calendar days, text is not blank, ids have their pattern and length); each field
// gets its description in Japanese and English, an example, and `markdownDescription` for the hover
// of editors (the YAML extension of VS Code shows it).
import * as z from 'zod';
import { FILE_DOCS, type FieldDoc, fieldDoc } from './descriptions.js';
import { glossary, KIND_FOLDERS, KIND_SCHEMAS, KIND_SINGULAR, settings } from './schemas.js';

export interface SchemaFile {
  /** The schema's name: the kind's singular, `settings` or `glossary`. */
  name: string;
  /** File name inside the schemas folder, e.g. `member.schema.json`. */
  file: string;
  /** The folder (glob) of records it describes, for editor settings. */
  glob: string;
  schema: Record<string, unknown>;
}

type JsonSchema = Record<string, unknown>;

/** An example as it reads in a hover: text as it is, anything else as JSON (a YAML flow value too). */
function exampleText(example: unknown): string {
  return typeof example === 'string' ? example : JSON.stringify(example);
}

function describe(target: JsonSchema, doc: Omit<FieldDoc, 'example'> & { example?: unknown }): void {
  target.description = `${doc.ja} / ${doc.en}`;
  const lines = [doc.ja, '', doc.en];
  if ('example' in doc) {
    target.examples = [doc.example];
    lines.push('', `例 / Example: \`${exampleText(doc.example)}\``);
  }
  target.markdownDescription = lines.join('\n');
}

/**
 * Walks a generated schema: `visit` gets every field (a property, or `*` for the values of a
 * record) with its path (`history[].date`) and its schema.
 */
export function walkFields(
  schema: JsonSchema,
  visit: (path: string, field: JsonSchema) => void,
  path = '',
): void {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  for (const [key, field] of Object.entries(properties ?? {})) {
    visit(at(key), field);
    walkFields(field, visit, at(key));
  }
  const values = schema.additionalProperties;
  if (values && typeof values === 'object') {
    visit(at('*'), values as JsonSchema);
    walkFields(values as JsonSchema, visit, at('*'));
  }
  if (schema.items && typeof schema.items === 'object')
    walkFields(schema.items as JsonSchema, visit, `${path}[]`);
  for (const branch of [...((schema.anyOf as JsonSchema[]) ?? []), ...((schema.oneOf as JsonSchema[]) ?? [])])
    walkFields(branch, visit, path);
}

/** One schema, described; `undocumented` collects fields that have no description. */
function make(name: string, glob: string, zodSchema: z.ZodType, undocumented: string[]): SchemaFile {
  const schema = z.toJSONSchema(zodSchema, { target: 'draft-7' }) as JsonSchema;
  walkFields(schema, (path, field) => {
    const doc = fieldDoc(name, path);
    if (doc) describe(field, doc);
    else undocumented.push(`${name}.${path}`);
  });
  schema.title = `mixer ${name} (data format v1)`;
  const file = FILE_DOCS[name];
  if (file) describe(schema, file);
  return { name, file: `${name}.schema.json`, glob, schema };
}

/** The schemas, and the fields that have no description (a test requires none). */
export function describedSchemas(): { schemas: SchemaFile[]; undocumented: string[] } {
  const undocumented: string[] = [];
  const schemas = [
    ...KIND_FOLDERS.map((kind) =>
      make(KIND_SINGULAR[kind], `${kind}/**/*.yaml`, KIND_SCHEMAS[kind], undocumented),
    ),
    // An empty mixer.yaml or glossary.yaml is allowed (it reads as null): no settings, no concepts.
    make('settings', 'mixer.yaml', settings.nullable(), undocumented),
    make('glossary', 'glossary.yaml', glossary.nullable(), undocumented),
  ];
  return { schemas, undocumented };
}

export function jsonSchemas(): SchemaFile[] {
  return describedSchemas().schemas;
}
