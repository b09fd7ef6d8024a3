// The files `mixer init` lays out for a team's data repository.
import { jsonSchemas } from '../records/json-schema.js';
import { KIND_FOLDERS } from '../records/schemas.js';
import type { Lang } from '../util/lang.js';
import type { PackageInfo } from '../util/package.js';
import { type LockFile, lockableSource, teamLock } from './lock.js';
import { teamManifest } from './package.js';
import { PR_TEMPLATE, teamReadme } from './readme.js';
import { WORKFLOW } from './workflow.js';

export interface InitOptions {
  lang: Lang;
  /** The folder's name (the package name of the data repository comes from it). */
  dirName: string;
  /** This mixer's package, and where the team installs it from. */
  pkg: PackageInfo;
  source: string;
  /** The integrity of the source's tarball, when mixer could read it. */
  integrity?: string;
  /** mixer's own lock file: with it, init writes the data repository's lock file too. */
  ours?: LockFile;
}

// LF in every clone, whatever core.autocrlf says: mixer reads and writes LF files.
const GITATTRIBUTES = `# Line ends stay LF in every clone (mixer reads and writes LF files).
*.yaml text eol=lf
*.md text eol=lf
*.json text eol=lf
`;

// (.mixer/: the lock and the caches; a writer killed before its rename leaves a temporary file
// beside the record, `.<name>.<pid>.<random>.mixer-tmp`, that the next write removes)
const GITIGNORE = `node_modules/
.mixer/
.*.mixer-tmp
`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file of a new data repository, by path. */
export function initFiles(options: InitOptions): Record<string, string> {
  const { lang, pkg, source } = options;
  const schemas = jsonSchemas();
  const manifest = teamManifest(options.dirName, pkg, source);
  const files: Record<string, string> = {
    'mixer.yaml': `# Settings of this data folder (data format v1).\n\nlang: ${lang}\nvisit_every_days: 14\ncurrency: JPY\nfollow_up_days: 14\n`,
    'glossary.yaml': `# Concepts that extend mixer's built-in glossary. Example:\n#\n# sake-brewing:\n#   label: {ja: 酒造り, en: Sake brewing}\n#   terms: [酒蔵, 日本酒, sake]\n#   broader: food\n{}\n`,
    'package.json': json(manifest),
    '.gitattributes': GITATTRIBUTES,
    '.gitignore': GITIGNORE,
    'README.md': teamReadme(lang, pkg.name),
    '.github/workflows/mixer.yml': WORKFLOW,
    '.github/pull_request_template.md': PR_TEMPLATE[lang],
    '.vscode/settings.json': json({
      'yaml.schemas': Object.fromEntries(schemas.map((s) => [`./schemas/${s.file}`, s.glob])),
    }),
    '.vscode/extensions.json': json({ recommendations: ['redhat.vscode-yaml'] }),
  };
  if (options.ours && lockableSource(source))
    files['package-lock.json'] = json(
      teamLock({ ...manifest, mixer: pkg, source, integrity: options.integrity, ours: options.ours }),
    );
  for (const s of schemas) files[`schemas/${s.file}`] = json(s.schema);
  for (const kind of KIND_FOLDERS) files[`${kind}/.gitkeep`] = '';
  return files;
}
