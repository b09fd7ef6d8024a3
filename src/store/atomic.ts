// Writing files so that a crash never leaves a half-written one and a new file never replaces
// one that appeared meanwhile. The text goes to a temporary file in the same folder (a dot file,
// which the loader ignores), is flushed, then either renamed over the file (an edit) or linked to
// the new name, which fails when the name exists (a new file). A temporary file a killed process
// left behind is removed by the next write (removeStaleTemporaries).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AtomicFs {
  writeFileSync: typeof fs.writeFileSync;
  openSync: typeof fs.openSync;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  rmSync: typeof fs.rmSync;
  linkSync?: typeof fs.linkSync;
}

/** The ending of mixer's temporary files: `.<name>.<pid>.<random>.mixer-tmp`. */
const TEMP_SUFFIX = '.mixer-tmp';
/** The temporary files of older versions: `.<name>.<pid>.<time>.tmp`. */
const OLD_TEMP = /^\..+\.(\d+)\.\d+\.tmp$/;
const TEMP = /^\..+\.(\d+)\.[0-9a-f]+\.mixer-tmp$/;

function tempFor(file: string): string {
  const random = crypto.randomBytes(4).toString('hex');
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${random}${TEMP_SUFFIX}`);
}

/** Writes `text` to a new temporary file beside `file`, flushed to disk. */
function writeTemp(file: string, text: string, io: AtomicFs): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempFor(file);
  io.writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
  const fd = io.openSync(temp, 'r+');
  try {
    io.fsyncSync(fd);
  } finally {
    io.closeSync(fd);
  }
  return temp;
}

/** Replaces (or creates) `file` with `text` in one step. */
export function writeFileAtomic(file: string, text: string, io: AtomicFs = fs): void {
  const temp = writeTemp(file, text, io);
  try {
    io.renameSync(temp, file);
  } catch (error) {
    io.rmSync(temp, { force: true });
    throw error;
  }
}

/** Codes of file systems that have no hard links (some network and FAT volumes). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Creates `file` with `text`, or fails with EEXIST when it exists, whatever another process did
 * meanwhile: never "does it exist? then rename", which lets two writers both think they wrote.
 */
export function createFileExclusive(file: string, text: string, io: AtomicFs = fs): void {
  const temp = writeTemp(file, text, io);
  try {
    (io.linkSync ?? fs.linkSync)(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!NO_LINKS.has(code)) throw error;
    // No hard links here: an exclusive open still refuses an existing name (the text is then
    // written in place, flushed before this returns).
    const fd = io.openSync(file, 'wx');
    try {
      fs.writeSync(fd, text);
      io.fsyncSync(fd);
    } catch (inner) {
      io.closeSync(fd);
      io.rmSync(file, { force: true });
      throw inner;
    }
    io.closeSync(fd);
  } finally {
    io.rmSync(temp, { force: true });
  }
}

/** Whether a process with this id runs on this machine. */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that processes which no longer run left in `dirs` (and below):
 * a `kill -9` between writing one and renaming it. Returns the paths removed.
 */
export function removeStaleTemporaries(dirs: string[]): string[] {
  const removed: string[] = [];
  const visit = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) visit(full);
        continue;
      }
      const match = TEMP.exec(entry.name) ?? OLD_TEMP.exec(entry.name);
      if (!match || processAlive(Number(match[1]))) continue;
      try {
        fs.rmSync(full, { force: true });
        removed.push(full);
      } catch {
        // (a temporary file that cannot be removed now is tried again next time)
      }
    }
  };
  for (const dir of dirs) visit(dir);
  return removed;
}
