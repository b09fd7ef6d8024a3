#!/usr/bin/env node
// The speed benchmark (npm run bench). For a synthetic folder at scale 1 (200 spaces, 5,000
// members, 15,000 needs) and 4× that, it times, each in a fresh process:
//   (a) finding, reading and parsing every file with `yaml` and nothing else,
//   (b) mixer validate,
//   (c) mixer suggest --limit 50,
// and reports peak memory, (c)/(a), how (c) grows from 1× to 4×, and `mixer --help` against `node -e 0`.
//   node test/bench/run.mjs [--scales 1,4] [--runs 3] [--json] [--work DIR]
// Generated folders are kept in DIR (default: the system's temporary folder) for the next run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const scales = opt('--scales', '1,4').split(',').map(Number);
const runs = Number(opt('--runs', '3'));
const work = opt('--work', os.tmpdir());

function time(cmd, cmdArgs, env = {}) {
  const samples = [];
  let rss = null;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, cmdArgs, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmdArgs.join(' ')} failed: ${r.stderr}`);
    const m = /maxrss_mib=(\d+)/.exec(r.stderr ?? '');
    if (m) rss = Number(m[1]);
  }
  samples.sort((a, b) => a - b);
  return { ms: Math.round(samples[Math.floor(samples.length / 2)]), rss };
}

function folder(scale) {
  const dir = path.join(work, `mixer-bench-${scale}x`);
  const marker = path.join(dir, '.complete');
  if (!fs.existsSync(marker)) {
    // The generator's progress goes to stderr, so that --json leaves stdout to the figures.
    spawnSync(process.execPath, [path.join(here, 'generate.mjs'), dir, '--scale', String(scale)], {
      stdio: ['ignore', 2, 2],
    });
    fs.writeFileSync(marker, '');
  }
  return dir;
}

const node = process.execPath;
const measure = path.join(here, 'measure.mjs');
const results = [];
for (const scale of scales) {
  const dir = folder(scale);
  const parse = time(node, [path.join(here, 'parse-only.mjs'), dir]);
  const suggestArgs = [measure, '--data', dir, 'suggest', '--limit', '50', '--json'];
  const validate = time(node, [measure, '--data', dir, 'validate']);
  const suggest = time(node, suggestArgs);
  results.push({
    scale,
    parse_ms: parse.ms,
    validate_ms: validate.ms,
    suggest_ms: suggest.ms,
    validate_rss_mib: validate.rss,
    suggest_rss_mib: suggest.rss,
    suggest_over_parse: +(suggest.ms / parse.ms).toFixed(2),
  });
}
const first = results[0];
const last = results.at(-1);
const growth = results.length > 1 ? +(last.suggest_ms / first.suggest_ms).toFixed(2) : null;
const bare = time(node, ['-e', '0']);
const help = time(node, [path.join(root, 'bin', 'mixer.js'), '--help']);
const summary = {
  results,
  suggest_growth: growth ? { from: `${first.scale}x`, to: `${last.scale}x`, growth } : null,
  help_ms: help.ms,
  node_ms: bare.ms,
  help_over_node: +(help.ms / bare.ms).toFixed(2),
  machine: `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
};
if (args.includes('--json')) console.log(JSON.stringify(summary, null, 2));
else {
  console.log('scale  (a) parse  (b) validate  (c) suggest  (c)/(a)  peak MiB (b/c)');
  for (const r of results)
    console.log(
      `${String(r.scale).padStart(4)}x  ${String(r.parse_ms).padStart(8)}ms  ${String(r.validate_ms).padStart(9)}ms  ${String(r.suggest_ms).padStart(10)}ms  ${String(r.suggest_over_parse).padStart(7)}  ${r.validate_rss_mib}/${r.suggest_rss_mib}`,
    );
  if (growth) console.log(`suggest from ${first.scale}x to ${last.scale}x: ×${growth}`);
  console.log(`mixer --help ${help.ms}ms vs node -e 0 ${bare.ms}ms: ×${summary.help_over_node}`);
  console.log(summary.machine);
}
