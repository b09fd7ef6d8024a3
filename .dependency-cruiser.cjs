// The layers of DESIGN.md section 3, checked on every `npm test` (`depcruise src`). Each layer
// imports only those below it:
//
//   entry     src/main.ts, src/cli.ts (and bin/, which loads dist/main.js)
//   commands  src/commands/, src/context.ts           ui: src/ui/ (entry and commands only)
//   domain    src/store | letters | match | reports | review | init   (siblings never import each other)
//   records   src/records/
//   util      src/util/, src/errors.ts
//
// Below the commands nothing is worded: the store and the letters return what they found as data
// (a message key and its parameters) and src/ui/words.ts words it.
const ENTRY = '^src/(main|cli|json-errors)[.]ts$';
const COMMANDS = '^src/(commands/|context[.]ts$)';
const UI = '^src/ui/';
const DOMAIN = '^src/(store|letters|match|reports|review|init)/';
const RECORDS = '^src/records/';
const UTIL = '^src/(util/|errors[.]ts$)';
const SRC = '^src/';
/** Every module of src/ is in one of the layers above; a new file elsewhere must be placed first. */
const LAYERED = [ENTRY, COMMANDS, UI, DOMAIN, RECORDS, UTIL].join('|');

/** Packages that read or write files, or parse YAML: the store's (and the letters' templates) alone. */
const FILE_ACCESS = '^(node:)?(fs|fs/promises|child_process)$|node_modules/(yaml|fast-glob)/';

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'No two folders import each other, even through others.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-cycles',
      comment: 'No module imports itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'every-module-in-a-layer',
      comment:
        'A module outside the layers (a new file at the root of src/ …) may not import anything: place it in a layer.',
      severity: 'error',
      from: { path: SRC, pathNot: LAYERED },
      to: {},
    },
    {
      name: 'nothing-imports-an-unlayered-module',
      comment: 'A module outside the layers may not be imported: place it in a layer.',
      severity: 'error',
      from: {},
      to: { path: SRC, pathNot: LAYERED },
    },
    {
      name: 'util-imports-util-only',
      severity: 'error',
      from: { path: UTIL },
      to: { path: SRC, pathNot: UTIL },
    },
    {
      name: 'records-import-util-only',
      severity: 'error',
      from: { path: RECORDS },
      to: { path: SRC, pathNot: `${RECORDS}|${UTIL}` },
    },
    {
      name: 'domain-imports-records-and-util',
      comment:
        'store, letters, match, reports, review and init use records and util, each its own folder, ' +
        'and never the commands, the ui or the entry.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: SRC, pathNot: `^src/$1/|${RECORDS}|${UTIL}` },
    },
    {
      name: 'ui-imports-util-only',
      comment:
        'The ui words, draws tables and asks; what the layers below say reaches it as data, and ' +
        'src/commands/worded.ts checks that it can word all of it.',
      severity: 'error',
      from: { path: UI },
      to: { path: SRC, pathNot: `${UI}|${UTIL}` },
    },
    {
      name: 'commands-not-entry',
      severity: 'error',
      from: { path: COMMANDS },
      to: { path: ENTRY },
    },
    {
      name: 'files-through-the-store',
      comment:
        'Files, git and YAML are read and written by the store (templates by the letters, ' +
        'package.json by the entry).',
      severity: 'error',
      from: { path: SRC, pathNot: `^src/(store/|letters/templates[.]ts$)|${ENTRY}` },
      to: { path: FILE_ACCESS },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
