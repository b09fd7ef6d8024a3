// JSON Schemas generated from the zod schemas (never written by hand), for editors and for any
// validator that is not ours.
import { z } from 'zod';
import { glossary, KIND_FOLDERS, KIND_SCHEMAS, KIND_SINGULAR, settings } from './schemas.js';

export interface SchemaFile {
  /** File name inside the schemas folder, e.g. `member.schema.json`. */
  file: string;
  /** The folder (glob) of records it describes, for editor settings. */
  glob: string;
  schema: Record<string, unknown>;
}

export function jsonSchemas(): SchemaFile[] {
  const make = (name: string, glob: string, schema: z.ZodType): SchemaFile => ({
    file: `${name}.schema.json`,
    glob,
    schema: { ...z.toJSONSchema(schema, { target: 'draft-7' }), title: `mixer ${name} (data format v1)` },
  });
  return [
    ...KIND_FOLDERS.map((kind) => make(KIND_SINGULAR[kind], `${kind}/**/*.yaml`, KIND_SCHEMAS[kind])),
    make('settings', 'mixer.yaml', settings),
    make('glossary', 'glossary.yaml', glossary),
  ];
}
