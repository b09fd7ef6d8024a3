// A cache of records that were read and found valid, keyed by their kind and the hash of their
// text: the next run reads the text as always but skips parsing and checking what has not
// changed. A changed file has another hash, so the cache can never hide a change or a problem.
// It lives outside the data folder (MIXER_CACHE_DIR, else $XDG_CACHE_HOME/mixer, else
// ~/.cache/mixer); MIXER_NO_CACHE turns it off. Failing to read or write it is never an error.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from './atomic.js';

/** Changes whenever mixer's schemas may have changed: the cache of another build is not used. */
function buildStamp(): string {
  try {
    const schemas = fs.statSync(new URL('../records/schemas.js', import.meta.url));
    return `1:${schemas.size}:${schemas.mtimeMs}`;
  } catch {
    return '1';
  }
}

function cacheDir(env: NodeJS.ProcessEnv): string {
  if (env.MIXER_CACHE_DIR) return env.MIXER_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'mixer');
  return path.join(os.homedir(), '.cache', 'mixer');
}

/** Caches of folders not read for this long are removed (their folders may be long gone). */
const KEEP_DAYS = 30;

function pruneOld(dir: string): void {
  const cutoff = Date.now() - KEEP_DAYS * 86_400_000;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.endsWith('.json') && fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true });
  }
}

export class RecordCache {
  private readonly used = new Map<string, unknown>();
  private added = 0;

  private constructor(
    private readonly file: string,
    private readonly stamp: string,
    private readonly entries: Record<string, unknown>,
  ) {}

  static open(dataDir: string, env: NodeJS.ProcessEnv): RecordCache | undefined {
    if (env.MIXER_NO_CACHE) return undefined;
    const name = createHash('sha1').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
    const file = path.join(cacheDir(env), `${name}.json`);
    const stamp = buildStamp();
    let entries: Record<string, unknown> = {};
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        stamp?: string;
        entries?: Record<string, unknown>;
      };
      if (stored.stamp === stamp && stored.entries && typeof stored.entries === 'object')
        entries = stored.entries;
    } catch {
      // no cache yet, or an unreadable one: start afresh
    }
    return new RecordCache(file, stamp, entries);
  }

  static key(kind: string, text: string): string {
    return `${kind}:${createHash('sha1').update(text).digest('base64')}`;
  }

  get(key: string): unknown {
    const data = this.entries[key];
    if (data !== undefined) this.used.set(key, data);
    return data;
  }

  set(key: string, data: unknown): void {
    this.used.set(key, data);
    this.added++;
  }

  /** Keeps what this run used, and only when something changed. */
  save(): void {
    if (this.added === 0 && this.used.size === Object.keys(this.entries).length) return;
    try {
      writeFileAtomic(
        this.file,
        JSON.stringify({ stamp: this.stamp, entries: Object.fromEntries(this.used) }),
      );
      pruneOld(path.dirname(this.file));
    } catch {
      // a cache that cannot be written is only a slower next run
    }
  }
}
