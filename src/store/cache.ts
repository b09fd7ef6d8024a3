// Caches between runs, so that a daily command does not do again what gave the same answer last
// time. Two of them, each a file in the data folder's `.mixer/cache/`:
// - `records.json`, valid records: each entry is keyed by the file's kind and the SHA-256 of its
//   bytes, so a changed file has another key and the cache can never hide a change or a problem.
//   Only records with no problem are kept; the file's text is still read on every run, so
//   positions (for a reference that breaks later) come from the text as it is.
// - `analyses.json`, what the matcher read in each text, and which concepts answer a need's
//   concept (commands/match-input.ts): keyed by the SHA-256 of the text or concept, under a
//   fingerprint of the matcher and the folder's glossary.
//
// `.mixer/.gitignore` ignores them even in a team repository. A file is never trusted as it is:
// - it is written to a temporary file and renamed, so a reader sees a whole file or none;
// - its first line names the format and a fingerprint of this mixer (for records: its version, the
//   sources that decide what a valid record is, and the yaml and zod versions; store/fingerprint.ts):
//   another mixer's cache is not used;
// - the rest is signed with HMAC-SHA256 under a random key kept outside the data folder, in the
//   user's cache directory: a truncated, edited or copied-in file (from a commit, another user or
//   machine) fails the check and is rebuilt, so a cache committed to a repository cannot make CI
//   accept a record it would reject.
// Anything unexpected (no key, a folder that cannot be written, a file of the wrong shape) means
// no cache: the run parses every file, exactly as with --no-cache, and says nothing.
import { createHmac, hash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Environment, userCacheDir } from '../util/env.js';
import { recordFingerprint } from './fingerprint.js';
import { ensureMixerDir, MIXER_DIR } from './mixer-dir.js';

/** The caches a data folder has. */
export type CacheName = 'records' | 'analyses';
const CACHE_NAMES: CacheName[] = ['records', 'analyses'];

/** Changes when the layout of a cache file changes. */
const FORMAT: Record<CacheName, string> = {
  records: 'mixer-record-cache 2',
  analyses: 'mixer-analysis-cache 1',
};

/** What an entry may be: a record is an object; a packed analysis (match/analysis-pack.ts) a list. */
const IS_ENTRY: Record<CacheName, (value: unknown) => boolean> = {
  records: (value) => isPlainObject(value),
  analyses: (value) => Array.isArray(value),
};

/**
 * Written by `dropCaches`: a run that opened a cache before the caches were dropped does not write
 * it back afterwards (it would bring back words of a record just forgotten).
 */
const DROPPED = path.join(MIXER_DIR, 'cache', 'dropped');

function droppedMark(dataDir: string): string {
  try {
    return fs.readFileSync(path.join(dataDir, DROPPED), 'utf8');
  } catch {
    return '';
  }
}
const KEY_BYTES = 32;

/** Where a cache goes, relative to the data folder. */
const cacheFile = (name: CacheName) => path.join(MIXER_DIR, 'cache', `${name}.json`);

/** The signing key, made on first use; undefined when it can be neither read nor made. */
function signingKey(env: Environment): Buffer | undefined {
  const dir = userCacheDir(env);
  if (!dir) return undefined;
  const file = path.join(dir, 'cache-key');
  const read = () => {
    const text = fs.readFileSync(file, 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(text) ? Buffer.from(text, 'hex') : undefined;
  };
  try {
    return read();
  } catch {
    // not made yet
  }
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = path.join(dir, `.cache-key.${process.pid}.${randomBytes(6).toString('hex')}`);
    fs.writeFileSync(temp, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600 });
    try {
      // A link never replaces a key another process made first: both then use that one.
      fs.linkSync(temp, file);
    } catch {
      // made by another process meanwhile, or a broken key file that is replaced whole
      if (read() === undefined) fs.renameSync(temp, file);
    } finally {
      fs.rmSync(temp, { force: true });
    }
    return read();
  } catch {
    return undefined;
  }
}

function sign(key: Buffer, format: string, print: string, body: string): string {
  return createHmac('sha256', key).update(`${format}\n${print}\n`).update(body).digest('hex');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Header {
  format: string;
  fingerprint: string;
  mac: string;
}

/** The entries of a cache file, or undefined when anything about it is not as this mixer writes it. */
function parseCacheFile(
  text: string,
  format: string,
  key: Buffer,
  print: string,
  isEntry: (value: unknown) => boolean,
): Map<string, unknown> | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  let header: Partial<Header>;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    return undefined;
  }
  if (!isPlainObject(header) || header.format !== format || header.fingerprint !== print) return undefined;
  if (typeof header.mac !== 'string' || !/^[0-9a-f]{64}$/.test(header.mac)) return undefined;
  const body = text.slice(newline + 1);
  const expected = Buffer.from(sign(key, format, print, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(header.mac, 'hex'))) return undefined;
  let entries: unknown;
  try {
    entries = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isPlainObject(entries)) return undefined;
  const map = new Map<string, unknown>();
  for (const [id, value] of Object.entries(entries)) {
    if (!isEntry(value)) return undefined;
    map.set(id, value);
  }
  return map;
}

/**
 * Removes a folder's caches (they hold copies of records and words from them): after a record was
 * removed, as by `mixer forget`, nothing of it stays on disk, whoever ran with which cache. The
 * next run rebuilds them.
 */
export function dropCaches(dataDir: string): void {
  try {
    ensureMixerDir(dataDir, 'cache');
    fs.writeFileSync(path.join(dataDir, DROPPED), randomBytes(16).toString('hex'));
  } catch {
    // a folder that cannot be written has no cache of a later run either
  }
  for (const name of CACHE_NAMES)
    try {
      fs.rmSync(path.join(dataDir, cacheFile(name)), { force: true });
    } catch {
      // nothing to remove, or not ours to remove: a later run's save replaces it
    }
}

/** One cache file of a data folder: entries by key, signed, under a fingerprint of what made them. */
export class SignedCache {
  /** Entries this run used or added: what the next run will find. */
  private readonly used = new Map<string, unknown>();
  private added = false;

  private constructor(
    private readonly dataDir: string,
    private readonly file: string,
    private readonly format: string,
    private readonly key: Buffer,
    private readonly print: string,
    private readonly stored: Map<string, unknown>,
    /** `dropCaches`' mark when this cache was opened. */
    private readonly dropped: string,
  ) {}

  /**
   * A cache of a data folder, or undefined when there can be none (no key). Entries made under
   * another fingerprint `print` are not used. Never throws.
   */
  static open(dataDir: string, env: Environment, name: CacheName, print: string): SignedCache | undefined {
    try {
      const key = signingKey(env);
      if (!key) return undefined;
      const file = path.join(dataDir, cacheFile(name));
      const dropped = droppedMark(dataDir);
      let stored: Map<string, unknown> | undefined;
      try {
        stored = parseCacheFile(fs.readFileSync(file, 'utf8'), FORMAT[name], key, print, IS_ENTRY[name]);
      } catch {
        // no cache yet, or one that cannot be read
      }
      return new SignedCache(dataDir, file, FORMAT[name], key, print, stored ?? new Map(), dropped);
    } catch {
      return undefined;
    }
  }

  /** How many entries the cache file held when opened (0 when there was none, or it was not trusted). */
  get size(): number {
    return this.stored.size;
  }

  /** The key of a file's text as a record of one kind (the same text may be valid in one kind only). */
  static keyOf(kind: string, bytes: Uint8Array): string {
    return `${kind}:${hash('sha256', bytes, 'base64url')}`;
  }

  /** The entry stored for this key, if any. */
  get(key: string): unknown {
    const value = this.stored.get(key) ?? this.used.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  /**
   * Keeps an entry (for records: only one that was parsed and found valid). It replaces what was
   * stored under the key: an entry its reader could not use is made again and written.
   */
  set(key: string, value: unknown): void {
    if (this.used.get(key) === value) return;
    this.used.set(key, value);
    this.added = true;
  }

  /**
   * Writes what this run used, when it differs from what was there. Writing may fail (a
   * read-only folder, a full disk): that is only a slower next run, so it is not reported.
   */
  save(): void {
    if (!this.added && this.used.size === this.stored.size) return;
    if (droppedMark(this.dataDir) !== this.dropped) return;
    const dir = path.dirname(this.file);
    const temp = path.join(
      dir,
      `.${path.basename(this.file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      ensureMixerDir(path.dirname(path.dirname(dir)), 'cache');
      const body = JSON.stringify(Object.fromEntries(this.used));
      const header: Header = {
        format: this.format,
        fingerprint: this.print,
        mac: sign(this.key, this.format, this.print, body),
      };
      fs.writeFileSync(temp, `${JSON.stringify(header)}\n${body}`);
      fs.renameSync(temp, this.file);
    } catch {
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // nothing more to do
      }
    }
  }
}

/** The record cache of a data folder (see the top of this file). */
export function openRecordCache(dataDir: string, env: Environment): SignedCache | undefined {
  return SignedCache.open(dataDir, env, 'records', recordFingerprint());
}
