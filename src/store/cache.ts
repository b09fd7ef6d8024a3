// A cache of valid records between runs, so that a daily command does not parse and check again
// what has not changed. Each entry is keyed by the file's kind and the SHA-256 of its bytes: a
// changed file has another key, so the cache can never hide a change or a problem. Only records
// with no problem are kept; the file's text is still read on every run, so positions (for a
// reference that breaks later) come from the text as it is.
//
// It lives in the data folder, `.mixer/cache/records.json`, beside a `.mixer/.gitignore` that
// ignores it even in a team repository. The file is never trusted as it is:
// - it is written to a temporary file and renamed, so a reader sees a whole file or none;
// - its first line names the format and a fingerprint of this mixer (its version, the sources that
//   decide what a valid record is, and the yaml and zod versions; store/fingerprint.ts): another
//   mixer's cache is not used;
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

/** Changes when the layout of the cache file changes. */
const FORMAT = 'mixer-record-cache 1';
const KEY_BYTES = 32;

/** Where the cache goes, relative to the data folder. */
const CACHE_FILE = path.join(MIXER_DIR, 'cache', 'records.json');

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

function sign(key: Buffer, print: string, body: string): string {
  return createHmac('sha256', key).update(print).update('\n').update(body).digest('hex');
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
function parseCacheFile(text: string, key: Buffer, print: string): Map<string, unknown> | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  let header: Partial<Header>;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    return undefined;
  }
  if (!isPlainObject(header) || header.format !== FORMAT || header.fingerprint !== print) return undefined;
  if (typeof header.mac !== 'string' || !/^[0-9a-f]{64}$/.test(header.mac)) return undefined;
  const body = text.slice(newline + 1);
  const expected = Buffer.from(sign(key, print, body), 'hex');
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
    if (!isPlainObject(value)) return undefined;
    map.set(id, value);
  }
  return map;
}

/**
 * Removes a folder's cache (its records are copies): after a record was removed, as by `mixer
 * forget`, nothing of it stays on disk, whoever ran with which cache. The next run rebuilds it.
 */
export function dropRecordCache(dataDir: string): void {
  try {
    fs.rmSync(path.join(dataDir, CACHE_FILE), { force: true });
  } catch {
    // nothing to remove, or not ours to remove: a later run's save replaces it
  }
}

export class RecordCache {
  /** Entries this run used or added: what the next run will find. */
  private readonly used = new Map<string, unknown>();
  private added = false;

  private constructor(
    private readonly file: string,
    private readonly key: Buffer,
    private readonly print: string,
    private readonly stored: Map<string, unknown>,
  ) {}

  /** The cache of a data folder, or undefined when there can be none (no key). Never throws. */
  static open(dataDir: string, env: Environment): RecordCache | undefined {
    try {
      const key = signingKey(env);
      if (!key) return undefined;
      const print = recordFingerprint();
      const file = path.join(dataDir, CACHE_FILE);
      let stored: Map<string, unknown> | undefined;
      try {
        stored = parseCacheFile(fs.readFileSync(file, 'utf8'), key, print);
      } catch {
        // no cache yet, or one that cannot be read
      }
      return new RecordCache(file, key, print, stored ?? new Map());
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

  /** The valid record stored for this key, if any. */
  get(key: string): unknown {
    const value = this.stored.get(key) ?? this.used.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  /** Keeps a record that was parsed and found valid (nothing else may be given). */
  set(key: string, value: unknown): void {
    if (this.used.has(key)) return;
    this.used.set(key, value);
    this.added = true;
  }

  /**
   * Writes what this run used, when it differs from what was there. Writing may fail (a
   * read-only folder, a full disk): that is only a slower next run, so it is not reported.
   */
  save(): void {
    if (!this.added && this.used.size === this.stored.size) return;
    const dir = path.dirname(this.file);
    const temp = path.join(dir, `.records.json.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      ensureMixerDir(path.dirname(path.dirname(dir)), 'cache');
      const body = JSON.stringify(Object.fromEntries(this.used));
      const header: Header = {
        format: FORMAT,
        fingerprint: this.print,
        mac: sign(this.key, this.print, body),
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
