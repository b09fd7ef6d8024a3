// Which data folder a command works on: --data, then MIXER_DATA, then the nearest folder upward
// that has a mixer.yaml, then ./data.
import fs from 'node:fs';
import path from 'node:path';
import { dataFolder, type Environment } from '../util/env.js';

/** Whether `dir` is a folder (a data folder must exist before anything is read from it). */
export function isFolder(dir: string): boolean {
  return fs.existsSync(dir) && fs.statSync(dir).isDirectory();
}

/** Whether something other than a folder (a file, say) is at `dir`. */
export function isNotFolder(dir: string): boolean {
  return fs.existsSync(dir) && !fs.statSync(dir).isDirectory();
}

export function locateDataFolder(flag: string | undefined, env: Environment, cwd: string): string {
  if (flag) return path.resolve(cwd, flag);
  const fromEnv = dataFolder(env);
  if (fromEnv) return path.resolve(cwd, fromEnv);
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'mixer.yaml'))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(cwd, 'data');
}
