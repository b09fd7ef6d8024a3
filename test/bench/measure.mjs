#!/usr/bin/env node
// Runs one mixer command in this process, throws its output away, and prints the peak memory
// (resident set, MiB) on stderr: the speed benchmark's way to read memory without extra tools.
import { main } from '../../dist/main.js';

const io = {
  stdout: () => {},
  stderr: () => {},
  color: (await import('chalk')).default,
  interactive: false,
  env: { ...process.env, NO_COLOR: '1' },
  cwd: process.cwd(),
};
const code = await main(process.argv.slice(2), io);
process.stderr.write(`maxrss_mib=${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`);
process.exitCode = code;
