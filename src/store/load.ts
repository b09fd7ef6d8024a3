// Loads a whole data folder: every file is read and checked before anything is reported, so one
// bad file never hides the others.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { type Problem, sortProblems } from '../errors.js';
import {
  type Glossary,
  glossary as glossarySchema,
  ID_MAX,
  ID_PATTERN,
  KIND_FOLDERS,
  KIND_SCHEMAS,
  type KindFolder,
  settings as settingsSchema,
} from '../records/schemas.js';
import { type Lang, t } from '../ui/messages.js';
import { checkReferences } from './check.js';
import type { DataFolder, Loaded, RecordMaps, ResolvedSettings } from './folder.js';
import { checkGlossary, defaultGlossary, mergeGlossaries } from './glossary.js';
import { readYamlFile } from './read.js';
import { schemaProblems } from './schema-issues.js';

/** Folders a data repository may hold that are not records. */
const IGNORED = ['node_modules/**', 'templates/**', 'schemas/**'];

export interface LoadOptions {
  /** --lang: wins over mixer.yaml. */
  lang?: Lang;
  /** Language when neither --lang nor mixer.yaml chose one. */
  envLang?: Lang;
}

interface FoundFile {
  rel: string;
  abs: string;
}

function discover(dir: string, problems: Problem[], lang: Lang): FoundFile[] {
  const entries = fg.sync('**/*.{yaml,yml}', {
    cwd: dir,
    dot: false,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    ignore: IGNORED,
  });
  const realDir = fs.realpathSync(dir);
  const files: FoundFile[] = [];
  for (const entry of entries) {
    const abs = path.join(dir, entry.path);
    if (entry.dirent.isSymbolicLink()) {
      let target: string;
      try {
        target = fs.realpathSync(abs);
      } catch {
        target = fs.readlinkSync(abs);
      }
      const rel = path.relative(realDir, target);
      if (rel.startsWith('..') || path.isAbsolute(rel)) {
        problems.push({
          file: entry.path,
          line: 1,
          col: 1,
          field: '',
          message: t(lang, 'problem.symlink-outside', { target }),
          hint: t(lang, 'hint.symlink-outside'),
          code: 'problem.symlink-outside',
        });
        continue;
      }
      if (!fs.statSync(abs).isFile()) continue;
    } else if (!entry.dirent.isFile()) continue;
    files.push({ rel: entry.path, abs });
  }
  return files.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

function resolveSettings(
  dir: string,
  options: LoadOptions,
  problems: Problem[],
): { settings: ResolvedSettings; settingsLang?: Lang } {
  const file = path.join(dir, 'mixer.yaml');
  let raw: Record<string, unknown> = {};
  let settingsLang: Lang | undefined;
  const provisional = options.lang ?? options.envLang ?? 'ja';
  if (fs.existsSync(file)) {
    const read = readYamlFile(file, 'mixer.yaml', provisional);
    problems.push(...read.problems);
    if (read.value !== undefined && read.value !== null) {
      const parsed = settingsSchema.safeParse(read.value);
      if (parsed.success) {
        raw = parsed.data;
        settingsLang = parsed.data.lang;
      } else
        problems.push(
          ...schemaProblems(
            parsed.error.issues,
            read.value,
            settingsSchema,
            read.source,
            options.lang ?? provisional,
          ),
        );
    }
  }
  const lang = options.lang ?? settingsLang ?? options.envLang ?? 'ja';
  return {
    settingsLang,
    settings: {
      lang,
      visit_every_days: (raw.visit_every_days as number) ?? 15,
      currency: (raw.currency as string) ?? 'JPY',
      follow_up_days: (raw.follow_up_days as number) ?? 14,
    },
  };
}

export function loadDataFolder(dir: string, options: LoadOptions = {}): DataFolder {
  const problems: Problem[] = [];
  const { settings, settingsLang } = resolveSettings(dir, options, problems);
  const lang = settings.lang;
  const records = Object.fromEntries(KIND_FOLDERS.map((k) => [k, new Map()])) as RecordMaps;
  /** Files per id and kind, to report duplicates with both files. */
  const seen = new Map<string, Loaded>();
  let folderGlossary: Glossary = {};
  let glossarySource: import('./source.js').SourceFile | undefined;

  const files = discover(dir, problems, lang);
  for (const { rel, abs } of files) {
    if (rel === 'mixer.yaml') continue;
    const kind = rel.split('/')[0] as KindFolder;
    const problem = (
      key: 'problem.yml-extension' | 'problem.outside-kinds' | 'problem.bad-id',
      params = {},
    ) => {
      const hintKey =
        key === 'problem.bad-id'
          ? 'hint.bad-id'
          : key === 'problem.yml-extension'
            ? 'hint.yml-extension'
            : 'hint.outside-kinds';
      problems.push({
        file: rel,
        line: 1,
        col: 1,
        field: '',
        message: t(lang, key, params),
        hint: t(lang, hintKey, { kinds: KIND_FOLDERS.map((k) => `${k}/`).join(' ') }),
        code: key,
      });
    };
    if (rel.endsWith('.yml')) {
      problem('problem.yml-extension');
      continue;
    }
    if (rel === 'glossary.yaml') {
      const read = readYamlFile(abs, rel, lang);
      problems.push(...read.problems);
      glossarySource = read.source;
      if (read.value !== undefined && read.value !== null) {
        const parsed = glossarySchema.safeParse(read.value);
        if (parsed.success) folderGlossary = parsed.data;
        else
          problems.push(
            ...schemaProblems(parsed.error.issues, read.value, glossarySchema, read.source, lang),
          );
      }
      continue;
    }
    if (!rel.includes('/') || !KIND_FOLDERS.includes(kind)) {
      problem('problem.outside-kinds');
      continue;
    }
    const id = path.basename(rel, '.yaml');
    if (!ID_PATTERN.test(id) || id.length > ID_MAX) problem('problem.bad-id', { id });
    const read = readYamlFile(abs, rel, lang);
    problems.push(...read.problems);
    if (read.value === undefined) continue;
    const at = (key: 'problem.empty-file' | 'problem.not-mapping') =>
      problems.push({ file: rel, line: 1, col: 1, field: '', message: t(lang, key), code: key });
    if (read.value === null) {
      at('problem.empty-file');
      continue;
    }
    if (typeof read.value !== 'object' || Array.isArray(read.value)) {
      at('problem.not-mapping');
      continue;
    }
    const schema = KIND_SCHEMAS[kind];
    const parsed = schema.safeParse(read.value);
    if (!parsed.success) {
      problems.push(...schemaProblems(parsed.error.issues, read.value, schema, read.source, lang));
      continue;
    }
    const record = { kind, id, file: rel, data: parsed.data, source: read.source } as Loaded;
    const earlier = seen.get(`${kind}:${id}`);
    if (earlier) {
      problems.push({
        file: rel,
        line: 1,
        col: 1,
        field: '',
        message: t(lang, 'problem.duplicate-id', { id, other: earlier.file }),
        hint: t(lang, 'hint.duplicate-id'),
        code: 'problem.duplicate-id',
      });
      continue;
    }
    seen.set(`${kind}:${id}`, record);
    (records[kind] as Map<string, Loaded>).set(id, record);
  }

  const glossary = mergeGlossaries(defaultGlossary(), folderGlossary);
  if (glossarySource) problems.push(...checkGlossary(folderGlossary, glossary, glossarySource, lang));
  const folder: DataFolder = {
    dir,
    settings,
    settingsLang,
    records,
    glossary,
    problems: [],
    fileCount: files.length,
  };
  problems.push(...checkReferences(folder, lang));
  folder.problems = sortProblems(problems);
  return folder;
}
