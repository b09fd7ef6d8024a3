// Reads one YAML file into a SourceFile and its plain value, turning every way a file can be
// broken (encoding, BOM, CRLF, tabs, syntax, duplicate keys, alias bombs) into problems.
import fs from 'node:fs';
import { parseDocument } from 'yaml';
import type { Problem } from '../errors.js';
import { type Lang, type MessageKey, t } from '../ui/messages.js';
import { SourceFile } from './source.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** More alias expansions than this in one record is an attack, not data. */
const MAX_ALIASES = 50;

export interface ReadResult {
  source: SourceFile;
  /** The plain value, or undefined when the file could not be parsed. */
  value: unknown;
  problems: Problem[];
}

/** Reads a YAML file; `overlay` is text to read instead of the disk (a change not written yet). */
export function readYamlFile(abs: string, file: string, lang: Lang, overlay?: string): ReadResult {
  const problems: Problem[] = [];
  const at = (line: number, col: number, key: MessageKey, hint?: MessageKey, params = {}): Problem => ({
    file,
    line,
    col,
    field: '',
    message: t(lang, key, params),
    hint: hint ? t(lang, hint, params) : undefined,
    code: key,
  });

  let bytes: Buffer;
  try {
    bytes = overlay === undefined ? fs.readFileSync(abs) : Buffer.from(overlay, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      source: new SourceFile(file, abs, ''),
      value: undefined,
      problems: [at(1, 1, 'problem.unreadable', undefined, { detail })],
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      source: new SourceFile(file, abs, ''),
      value: undefined,
      problems: [at(1, 1, 'problem.not-utf8', 'hint.not-utf8')],
    };
  }
  // TextDecoder drops a leading BOM unless told otherwise; look at the bytes.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    problems.push(at(1, 1, 'problem.bom', 'hint.bom'));
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) {
    const line = text.slice(0, crlf).split('\n').length;
    problems.push(at(line, crlf - text.lastIndexOf('\n', crlf - 1), 'problem.crlf', 'hint.crlf'));
  }
  const tab = /^[ ]*\t/m.exec(text);
  if (tab) {
    const line = text.slice(0, tab.index).split('\n').length;
    problems.push(at(line, tab[0].length, 'problem.tab', 'hint.tab'));
  }

  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  // The document is not kept: a large folder would hold every tree in memory. Positions parse
  // the text again, and only for files that have a problem.
  const source = new SourceFile(file, abs, text);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      // A tab in indentation is already reported in plain words above.
      if (tab && /tab/i.test(error.message)) continue;
      const pos = source.position(error.pos[0]);
      if (error.code === 'DUPLICATE_KEY') {
        const key = /"([^"]*)"|'([^']*)'|: (.*)$/.exec(error.message);
        const name = text.slice(error.pos[0], error.pos[1]) || key?.[1] || '';
        problems.push({
          ...at(pos.line, pos.col, 'problem.duplicate-key', 'hint.duplicate-key', { key: name }),
        });
      } else {
        const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        problems.push(at(pos.line, pos.col, 'problem.yaml-syntax', undefined, { detail }));
      }
    }
    return { source, value: undefined, problems };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    problems.push(at(1, 1, 'problem.alias-bomb', 'hint.alias-bomb'));
    return { source, value: undefined, problems };
  }
  return { source, value, problems };
}
