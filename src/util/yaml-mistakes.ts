// What a YAML parser error means for a person typing a record: the parser's code (and, where one
// code covers two mistakes, its message) sorted into the few mistakes people make, each worded with
// a fix in ui/messages/problems.ts. The parser's own English stays beside it, for the rare case.

/** The mistakes a YAML syntax error is sorted into. */
export const YAML_MISTAKES = [
  'quote',
  'no-colon',
  'unclosed-bracket',
  'indent',
  'colon-in-value',
  'not-key-value',
  'reserved-start',
  'several-documents',
  'backslash',
  'other',
] as const;
export type YamlMistake = (typeof YAML_MISTAKES)[number];

export function yamlMistake(code: string, message: string): YamlMistake {
  switch (code) {
    case 'MISSING_CHAR':
      return /quote/i.test(message) ? 'quote' : /map values/i.test(message) ? 'no-colon' : 'other';
    case 'BAD_INDENT':
      return /must be sufficiently indented and end with/i.test(message) ? 'unclosed-bracket' : 'indent';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'colon-in-value';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'not-key-value';
    case 'BAD_SCALAR_START':
      return 'reserved-start';
    case 'MULTIPLE_DOCS':
      return 'several-documents';
    case 'BAD_DQ_ESCAPE':
      return 'backslash';
    default:
      return 'other';
  }
}
