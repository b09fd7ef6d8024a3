// Build step after `tsc`: bundles the compiled CLI (dist/main.js and what it imports) into a few
// files in dist/bundle/, so that a command starts by evaluating a handful of files instead of
// hundreds of small modules. Code splitting keeps the commands' lazy imports lazy: each command,
// and each library loaded only by some commands, is a chunk of its own.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { hoistChunks } from './hoist-chunks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
// The record cache's fingerprint as far as the build fixes it (src/store/fingerprint.ts): the
// sources of what a valid record is, mixer's version, zod's version. Written into the bundle, so
// that an installed mixer reads neither its sources nor zod's package.json (neither is shipped).
// Likewise the analysis cache's: the matcher's sources and the data built before this step.
const { buildFingerprint, buildAnalysisFingerprint } = await import(
  pathToFileURL(path.join(root, 'dist', 'store', 'fingerprint.js')).href
);
const fingerprint = buildFingerprint(pathToFileURL(`${root}${path.sep}`));
const analysisFingerprint = buildAnalysisFingerprint(pathToFileURL(`${root}${path.sep}`));
const outdir = path.join(root, 'dist', 'bundle');

// Two of Node's modules are taken the CommonJS way, which costs less at start (A/B over 61 runs:
// about 1 ms of every command, with Node's streams loaded for the output anyway):
// - node:fs: an ES import of it builds a facade that reads every export, and reading fs.ReadStream
//   loads Node's streams; mixer's sources only take its default export (any other import of it
//   is a build warning, and the build stops on warnings);
// - node:child_process, which commander requires when it loads, for subcommands that are programs
//   of their own (mixer has none): loaded when first used. Our own git calls import it with the
//   commands that run git.
const builtinsTakenLightly = {
  name: 'builtins-taken-lightly',
  setup(b) {
    b.onResolve({ filter: /^node:fs$/ }, (args) =>
      args.kind === 'import-statement' ? { path: 'fs', namespace: 'cjs-builtin' } : undefined,
    );
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.kind === 'require-call' && /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'cjs-builtin' }, (args) => ({
      contents: `export default require('node:${args.path}');`,
      loader: 'js',
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:${args.path}'))[key] });`,
      loader: 'js',
    }));
  },
};
// Chunks are named by their content: the last build's would stay beside the new ones.
fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: [path.join(root, 'dist', 'main.js')],
  absWorkingDir: root,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // What package.json lists as dependencies is installed beside mixer and loaded from there;
  // every other package (commander, zod, string-width, get-east-asian-width: devDependencies) is
  // compiled in.
  external: Object.keys(manifest.dependencies),
  metafile: true,
  plugins: [builtinsTakenLightly],
  define: {
    MIXER_BUILD_FINGERPRINT: JSON.stringify(fingerprint),
    MIXER_ANALYSIS_FINGERPRINT: JSON.stringify(analysisFingerprint),
  },
  // (folds the define's `typeof … === 'string' ? … : …`, so the source-reading branch is left out)
  minifySyntax: true,
  // commander is CommonJS: bundled, its require() of Node's modules needs a require.
  banner: {
    js: "import { createRequire as __mixerRequire } from 'node:module'; const require = __mixerRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
// A warning is a mistake to fix, not to ship: an import of a name the shims above do not give
// (`import { readFileSync } from 'node:fs'`) would otherwise be undefined when it runs.
if (result.warnings.length) {
  console.error(`the bundle has ${result.warnings.length} warning(s); see above`);
  process.exit(1);
}
// Fewer files: what main.js loads anyway, and small chunks, go into main.js (scripts/hoist-chunks.mjs).
// meta.json says which modules each file holds: the lazy-loading test reads it to tell what a
// command loaded.
const metafile = await hoistChunks(root, outdir, result.metafile);
fs.writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(metafile));
// string-width as one CommonJS file, which src/util/width.ts loads synchronously the first time a
// text is not plain (most text is measured without it, so that ICU is not started).
await build({
  entryPoints: ['string-width'],
  absWorkingDir: root,
  outfile: path.join(outdir, 'string-width.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
