// Writing files so that a crash never leaves a half-written one: the text goes to a temporary
// file in the same folder (a dot file, which the loader ignores), is flushed, then renamed over.
import fs from 'node:fs';
import path from 'node:path';

export interface AtomicFs {
  writeFileSync: typeof fs.writeFileSync;
  openSync: typeof fs.openSync;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  rmSync: typeof fs.rmSync;
}

export function writeFileAtomic(file: string, text: string, io: AtomicFs = fs): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    io.writeFileSync(temp, text, 'utf8');
    const fd = io.openSync(temp, 'r+');
    try {
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    io.renameSync(temp, file);
  } catch (error) {
    io.rmSync(temp, { force: true });
    throw error;
  }
}
