// One writer at a time in a data folder. Every command that writes holds this lock from the moment
// it reads the files it edits until its last write (and its commit): two processes never edit one
// file from the same old text, and an id chosen for a new record is still free when it is written.
//
// The lock is the file `.mixer/lock` in the data folder, created exclusively ('wx'), holding the
// process id, the host, the time and a random token. A lock whose process no longer runs on this
// host (killed, or a power cut), or that is older than STALE_AFTER_MS, is stale and broken safely:
// under a second, short-lived lock (`.mixer/lock.break`) the breaker reads the lock again and
// removes it only if it is still the stale one it saw, so a lock just taken by a live process is
// never removed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processAlive } from './atomic.js';
import { ensureMixerDir } from './mixer-dir.js';

/** Where the lock lives, relative to the data folder (a dot folder: the loader never reads it). */
export const LOCK_FILE = '.mixer/lock';
/** A lock older than this is stale even when its process seems to run (its id was reused). */
const STALE_AFTER_MS = 10 * 60 * 1000;
/** A lock file without its content (killed between creating and writing it) is stale after this. */
const EMPTY_STALE_MS = 10 * 1000;
/** How long a writer waits for another one before giving up. */
const LOCK_WAIT_MS = 60 * 1000;

export interface LockOwner {
  pid: number;
  host: string;
  /** When it was taken (ms since the epoch). */
  time: number;
  token: string;
}

interface Seen {
  raw: string;
  owner?: LockOwner;
  mtimeMs: number;
}

/** Thrown when the folder stays locked by a live process longer than the wait. */
export class FolderLocked extends Error {
  constructor(
    readonly lockFile: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(
      `the data folder is locked by ${owner ? `process ${owner.pid} on ${owner.host}` : 'another process'}`,
    );
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function look(file: string): Seen | undefined {
  try {
    const raw = fs.readFileSync(file, 'utf8');
    const mtimeMs = fs.statSync(file).mtimeMs;
    let owner: LockOwner | undefined;
    try {
      const parsed = JSON.parse(raw) as LockOwner;
      if (typeof parsed.pid === 'number' && typeof parsed.token === 'string') owner = parsed;
    } catch {
      // being written, or damaged: judged by its age
    }
    return { raw, owner, mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isStale(seen: Seen, now: number): boolean {
  const { owner } = seen;
  if (!owner) return now - seen.mtimeMs > EMPTY_STALE_MS;
  // (a host whose clock runs ahead writes a time still to come: the file's own time counts then)
  if (now - Math.min(owner.time, seen.mtimeMs) > STALE_AFTER_MS) return true;
  return owner.host === os.hostname() && !processAlive(owner.pid);
}

function sameLock(a: Seen | undefined, b: Seen): boolean {
  return a !== undefined && a.raw === b.raw && a.mtimeMs === b.mtimeMs;
}

/** Removes the lock `seen` if it is still there, unchanged. False when another breaker is at it. */
function breakStale(file: string, seen: Seen): boolean {
  const breaker = `${file}.break`;
  let fd: number;
  try {
    fd = fs.openSync(breaker, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process is breaking it; its breaker lock lives a few microseconds unless it died.
    const other = look(breaker);
    if (other && Date.now() - other.mtimeMs > EMPTY_STALE_MS) fs.rmSync(breaker, { force: true });
    return false;
  }
  try {
    fs.writeSync(fd, String(process.pid));
    fs.closeSync(fd);
    if (sameLock(look(file), seen)) fs.rmSync(file, { force: true });
    return true;
  } finally {
    fs.rmSync(breaker, { force: true });
  }
}

export interface LockOptions {
  /** How long to wait for another writer (ms). */
  waitMs?: number;
  /** Called once when the lock is busy and this process starts waiting. */
  onWait?: (owner: LockOwner | undefined) => void;
}

/** Takes the lock of the data folder `dir`; returns the function that releases it. */
export function lockFolder(dir: string, options: LockOptions = {}): () => void {
  const file = path.join(dir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    time: Date.now(),
    token: crypto.randomBytes(8).toString('hex'),
  };
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  let told = false;
  for (let attempt = 0; ; attempt++) {
    try {
      ensureMixerDir(dir);
      const fd = fs.openSync(file, 'wx');
      try {
        owner.time = Date.now();
        fs.writeSync(fd, JSON.stringify(owner));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      return () => {
        if (look(file)?.owner?.token === owner.token) fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const seen = look(file);
    if (!seen) continue;
    if (isStale(seen, Date.now())) {
      breakStale(file, seen);
      continue;
    }
    if (Date.now() > deadline) throw new FolderLocked(file, seen.owner);
    if (!told) {
      told = true;
      options.onWait?.(seen.owner);
    }
    // Waiters spread out, so that they do not all try again at the same moment.
    sleep(Math.min(200, 10 + attempt * 5) + Math.floor(Math.random() * 20));
  }
}

/** Runs `fn` holding the lock of the data folder `dir`. */
export function withFolderLock<T>(dir: string, fn: () => T, options: LockOptions = {}): T {
  const release = lockFolder(dir, options);
  try {
    return fn();
  } finally {
    release();
  }
}
