#!/usr/bin/env node
// The speed benchmark (npm run bench). Every figure is the median wall time of several rounds, each
// command a fresh process of the built CLI (bin/mixer.js) as a user runs it, the commands taking
// turns within a round; a ratio is the median of the rounds' ratios.
//
// 1. Daily commands on the sample network (a copy of data/), against `node -e 0`: `mixer --help`,
//    `mixer validate` and `mixer suggest`, with a warm record cache (the daily case) and cold (no
//    .mixer/cache: the first run after a change of mixer).
// 2. A generated folder at base scale (2,000 members, about 8,400 files) and 4× that:
//    (a) find, read and parse every file with `yaml` and nothing else (test/bench/parse-only.mjs),
//    `mixer suggest --limit 50` warm and cold, `mixer validate` warm and cold (loading without
//    matching); the ratios to (a), how suggest grows from 1× to 4×, and peak memory (resident set).
// With --profile, one warm suggest at base scale is profiled (node --cpu-prof) and its time split
// into start-up, loading the folder, matching and the rest.
//   node test/bench/run.mjs [--scales 0.4,1.6] [--runs 5] [--json] [--work DIR] [--profile]
// Generated folders are kept in DIR (default: the system's temporary folder) for the next run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const scales = opt('--scales', '0.4,1.6').split(',').map(Number);
const runs = Number(opt('--runs', '5'));
const work = opt('--work', os.tmpdir());
const node = process.execPath;
const bin = path.join(root, 'bin', 'mixer.js');
const log = (text) => process.stderr.write(`${text}\n`);

// The targets of issue 15.
const TARGETS = {
  help_over_node: 1.5,
  validate_over_node: 2,
  suggest_over_node: 2.5,
  suggest_warm_over_parse: 1.3,
  suggest_cold_over_parse: 2,
  suggest_growth: 4.5,
};

const env = {
  ...process.env,
  NO_COLOR: '1',
  // The key that signs record caches, kept with the benchmark's folders.
  XDG_CACHE_HOME: path.join(work, 'mixer-bench-user-cache'),
};

/** One run: wall time (ms), and peak memory (MiB) when asked. */
function once(cmdArgs, { before, rss = false } = {}) {
  before?.();
  const runEnv = rss ? { ...env, NODE_OPTIONS: `--import=${path.join(here, 'rss.mjs')}` } : env;
  const start = process.hrtime.bigint();
  const r = spawnSync(node, cmdArgs, { cwd: root, encoding: 'utf8', env: runEnv });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmdArgs.join(' ')} failed: ${r.stderr}`);
  const m = /maxrss_mib=(\d+)/.exec(r.stderr ?? '');
  return { ms, rss: m ? Number(m[1]) : null };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Runs every command once per round, round after round, so that a change of load on a shared
 * machine touches all of them alike; each figure is the median over the rounds, and each ratio
 * the median of the rounds' ratios.
 */
function rounds(count, commands) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const peaks = {};
  for (let i = 0; i < count; i++)
    for (const [name, [cmdArgs, options]] of Object.entries(commands)) {
      const r = once(cmdArgs, options);
      samples[name].push(r.ms);
      if (r.rss !== null) peaks[name] = Math.max(peaks[name] ?? 0, r.rss);
    }
  return {
    ms: (name) => Math.round(median(samples[name])),
    ratio: (a, b) => +median(samples[a].map((v, i) => v / samples[b][i])).toFixed(2),
    rss: (name) => peaks[name] ?? null,
  };
}

const ratio = (a, b) => +(a / b).toFixed(2);
const dropCache = (dir) => () => fs.rmSync(path.join(dir, '.mixer'), { recursive: true, force: true });

/** A generated folder, made again only when the generator changed. */
function folder(scale) {
  const dir = path.join(work, `mixer-bench-${scale}x`);
  const marker = path.join(dir, '.generated');
  const stamp = createHash('sha256')
    .update(fs.readFileSync(path.join(here, 'generate.mjs')))
    .update(String(scale))
    .digest('hex');
  if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== stamp) {
    // The generator's progress goes to stderr, so that --json leaves stdout to the figures.
    spawnSync(node, [path.join(here, 'generate.mjs'), dir, '--scale', String(scale)], {
      stdio: ['ignore', 2, 2],
    });
    fs.writeFileSync(marker, stamp);
  }
  return dir;
}

// 1. Daily commands on the sample network.
log('daily commands on the sample network …');
const sample = path.join(work, 'mixer-bench-sample');
fs.rmSync(sample, { recursive: true, force: true });
fs.cpSync(path.join(root, 'data'), sample, {
  recursive: true,
  filter: (from) => path.basename(from) !== '.mixer',
});
spawnSync(node, [bin, '--data', sample, 'validate'], { env }); // warm the cache
const daily = { runs: runs * 3 };
const d = rounds(daily.runs, {
  node: [['-e', '0']],
  help: [[bin, '--help']],
  validate: [[bin, '--data', sample, 'validate']],
  suggest: [[bin, '--data', sample, 'suggest']],
  validate_cold: [[bin, '--data', sample, 'validate'], { before: dropCache(sample) }],
  // the cold validate left a warm cache; the cold suggest drops it again
  suggest_cold: [[bin, '--data', sample, 'suggest'], { before: dropCache(sample) }],
});
for (const name of ['node', 'help', 'validate', 'suggest', 'validate_cold', 'suggest_cold'])
  daily[`${name}_ms`] = d.ms(name);
for (const name of ['help', 'validate', 'suggest', 'validate_cold', 'suggest_cold'])
  daily[`${name}_over_node`] = d.ratio(name, 'node');

// 2. Generated folders.
const results = [];
for (const scale of scales) {
  const dir = folder(scale);
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.yaml')).length;
  log(`scale ${scale}: ${files} files …`);
  const suggestArgs = [bin, '--data', dir, 'suggest', '--limit', '50', '--json'];
  const r = rounds(runs, {
    parse: [[path.join(here, 'parse-only.mjs'), dir]],
    cold: [suggestArgs, { before: dropCache(dir), rss: true }],
    // after the cold run, which left the cache as a run leaves it
    warm: [suggestArgs, { rss: true }],
    validate: [[bin, '--data', dir, 'validate'], { rss: true }],
    // loading alone, without the matcher: what the store costs against (a)
    validate_cold: [[bin, '--data', dir, 'validate'], { before: dropCache(dir) }],
  });
  results.push({
    scale,
    files,
    parse_ms: r.ms('parse'),
    suggest_warm_ms: r.ms('warm'),
    suggest_cold_ms: r.ms('cold'),
    validate_warm_ms: r.ms('validate'),
    validate_cold_ms: r.ms('validate_cold'),
    suggest_warm_over_parse: r.ratio('warm', 'parse'),
    suggest_cold_over_parse: r.ratio('cold', 'parse'),
    validate_warm_over_parse: r.ratio('validate', 'parse'),
    validate_cold_over_parse: r.ratio('validate_cold', 'parse'),
    suggest_warm_rss_mib: r.rss('warm'),
    suggest_cold_rss_mib: r.rss('cold'),
    validate_warm_rss_mib: r.rss('validate'),
  });
}
const first = results[0];
const last = results.at(-1);
const growth =
  results.length > 1
    ? {
        from: `${first.scale}x`,
        to: `${last.scale}x`,
        data: ratio(last.files, first.files),
        parse: ratio(last.parse_ms, first.parse_ms),
        suggest_warm: ratio(last.suggest_warm_ms, first.suggest_warm_ms),
        suggest_cold: ratio(last.suggest_cold_ms, first.suggest_cold_ms),
      }
    : null;

/**
 * The module a line of the bundled CLI (dist/bundle/) comes from: esbuild puts a comment naming
 * each module (`// dist/match/engine.js`) before its code.
 */
const bundledModules = new Map();
function moduleAt(url, line) {
  if (!/\/dist\/bundle\/[^/]+\.js$/.test(url)) return url;
  let starts = bundledModules.get(url);
  if (!starts) {
    starts = [];
    fs.readFileSync(new URL(url), 'utf8')
      .split('\n')
      .forEach((text, at) => {
        const m = /^\/\/ ((?:dist|node_modules)\/\S+\.[cm]?js)$/.exec(text);
        if (m) starts.push([at, `/${m[1]}`]);
      });
    bundledModules.set(url, starts);
  }
  let found = url;
  for (const [at, module] of starts) if (at <= line) found = module;
  return found;
}

// Where a warm suggest spends its time: each profile sample goes to the innermost part of mixer
// on its stack (match/, store/ and the libraries they use), else to garbage collection (which
// the profile cannot lay at anyone's door), start-up or the rest.
let profile = null;
if (args.includes('--profile')) {
  const dir = folder(scales[0]);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mixer-prof-'));
  spawnSync(node, ['--cpu-prof', `--cpu-prof-dir=${out}`, bin, '--data', dir, 'suggest', '--limit', '50'], {
    env,
  });
  const file = fs.readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
  profile = splitProfile(JSON.parse(fs.readFileSync(path.join(out, file), 'utf8')));
  fs.rmSync(out, { recursive: true, force: true });
}

function splitProfile(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const part = ({ url, lineNumber }) => {
    const module = moduleAt(url, lineNumber);
    if (/\/dist\/match\//.test(module)) return 'matching';
    if (/\/dist\/store\/|node_modules\/(yaml|zod|fast-glob)\//.test(module)) return 'loading the folder';
    if (/^node:internal\/modules\//.test(module)) return 'loading modules';
    return undefined;
  };
  const totals = {};
  for (let i = 0; i < p.samples.length; i++) {
    let name;
    for (let id = p.samples[i]; id !== undefined && !name; id = parent.get(id))
      name = part(byId.get(id).callFrame);
    const node = byId.get(p.samples[i]).callFrame;
    if (node.functionName === '(garbage collector)') name = 'garbage collection';
    name ??= /(idle|program)/.test(node.functionName) ? 'start-up and idle' : 'the rest';
    totals[name] = (totals[name] ?? 0) + (p.timeDeltas[i] ?? 0) / 1000;
  }
  const sum = Object.values(totals).reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    Object.entries(totals).map(([k, v]) => [k, { ms: Math.round(v), share: +(v / sum).toFixed(2) }]),
  );
}

const checks = {
  help_over_node: daily.help_over_node,
  validate_over_node: daily.validate_over_node,
  suggest_over_node: daily.suggest_over_node,
  suggest_warm_over_parse: first.suggest_warm_over_parse,
  suggest_cold_over_parse: first.suggest_cold_over_parse,
  ...(growth ? { suggest_growth: growth.suggest_warm } : {}),
};
const targets = Object.fromEntries(
  Object.entries(checks).map(([k, v]) => [k, { value: v, target: TARGETS[k], met: v <= TARGETS[k] }]),
);
// What loading the data mixer ships costs a fresh process: the synonym table, the glossary, and
// the concept index from its lookup lists made at build time (a folder with no glossary.yaml).
const dataLoad = JSON.parse(
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const dist = ${JSON.stringify(`${path.join(root, 'dist')}/`)};
const time = async (f) => { const t = performance.now(); const v = await f(); return [Math.round((performance.now() - t) * 10) / 10, v]; };
const { synonymTableText } = await import(dist + 'store/synonyms.js');
const { SynonymTable } = await import(dist + 'match/synonyms.js');
const { defaultConceptIndexText, defaultGlossary } = await import(dist + 'store/glossary.js');
const { ConceptIndex, readPreparedTerms } = await import(dist + 'match/concepts.js');
const [synonyms_ms, table] = await time(() => new SynonymTable(synonymTableText()));
const [glossary_ms, glossary] = await time(() => defaultGlossary());
const [index_ms] = await time(() => new ConceptIndex(glossary, {}, readPreparedTerms(defaultConceptIndexText())));
console.log(JSON.stringify({ synonyms_ms, synonym_words: table.size, glossary_ms, concepts: Object.keys(glossary).length, index_ms }));`,
    ],
    { encoding: 'utf8' },
  ).stdout,
);

const summary = {
  data_load: dataLoad,
  daily,
  results,
  growth,
  targets,
  profile,
  machine: `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
};

if (args.includes('--json')) console.log(JSON.stringify(summary, null, 2));
else {
  const d = daily;
  console.log(`daily commands on data/ (median of ${daily.runs} rounds):`);
  console.log(`  node -e 0        ${d.node_ms} ms`);
  console.log(`  mixer --help     ${d.help_ms} ms  ×${d.help_over_node}`);
  console.log(
    `  mixer validate   ${d.validate_ms} ms  ×${d.validate_over_node}  (cold ${d.validate_cold_ms} ms ×${d.validate_cold_over_node})`,
  );
  console.log(
    `  mixer suggest    ${d.suggest_ms} ms  ×${d.suggest_over_node}  (cold ${d.suggest_cold_ms} ms ×${d.suggest_cold_over_node})`,
  );
  const l = summary.data_load;
  console.log(
    `shipped data in a fresh process: synonym table (${l.synonym_words} words) ${l.synonyms_ms} ms, glossary (${l.concepts} concepts) ${l.glossary_ms} ms, concept index ${l.index_ms} ms`,
  );
  console.log(`generated folders (median of ${runs} rounds):`);
  const cell = (ms, ratio) => `${String(ms).padStart(6)} ms ×${String(ratio).padEnd(4)}`;
  console.log(
    '  scale  files  (a) parse   suggest warm     suggest cold     validate warm    validate cold    peak MiB (suggest warm/cold)',
  );
  for (const r of results)
    console.log(
      `  ${String(r.scale).padStart(5)}  ${String(r.files).padStart(5)}  ${String(r.parse_ms).padStart(6)} ms  ${cell(r.suggest_warm_ms, r.suggest_warm_over_parse)}  ${cell(r.suggest_cold_ms, r.suggest_cold_over_parse)}  ${cell(r.validate_warm_ms, r.validate_warm_over_parse)}  ${cell(r.validate_cold_ms, r.validate_cold_over_parse)}  ${r.suggest_warm_rss_mib}/${r.suggest_cold_rss_mib}`,
    );
  if (growth)
    console.log(
      `  from ${growth.from} to ${growth.to} (×${growth.data} files): parse ×${growth.parse}, suggest warm ×${growth.suggest_warm}, cold ×${growth.suggest_cold}`,
    );
  if (profile) {
    console.log('a warm suggest at base scale, by part (cpu profile):');
    for (const [k, v] of Object.entries(profile))
      console.log(`  ${k}: ${v.ms} ms (${Math.round(v.share * 100)}%)`);
  }
  console.log('targets:');
  for (const [k, v] of Object.entries(targets))
    console.log(`  ${k}: ${v.value} (≤ ${v.target}) ${v.met ? 'met' : 'NOT met'}`);
  console.log(summary.machine);
}
