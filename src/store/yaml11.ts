// Plain scalars that a YAML 1.1 reader (PyYAML, ajv-cli's js-yaml 3, many editors) types other than
// YAML 1.2 does: 2026-11-20 is a date there, yes/no/on/off/y/n are booleans, 0123 is octal, 1_000
// and 1:20 are numbers, << merges. mixer reads YAML 1.2, where all of these are text; written
// quoted, they read as the same text under both. The patterns are the spec's, widened to what the
// readers in use accept (the `yaml` library's 1.1 schema, js-yaml 4's dates): quoting more is harmless.

const PATTERNS: RegExp[] = [
  // bool
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  // null
  /^(~|null|Null|NULL|)$/,
  // int: binary, octal (leading zero), decimal with _, hexadecimal, sexagesimal
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?(0|[1-9][0-9_]*)$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+$/,
  // float
  /^[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?$/,
  /^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*$/,
  /^[-+]?\.(inf|Inf|INF)$/,
  /^\.(nan|NaN|NAN)$/,
  // timestamp: a date, and a date with a time
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?$/,
  // merge and value keys
  /^(<<|=)$/,
];

/** Whether a YAML 1.1 reader would read this text, written plain, as something other than text. */
export function retypedByYaml11(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}
