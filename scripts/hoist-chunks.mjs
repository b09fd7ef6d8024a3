// Second step of the bundle (scripts/bundle.mjs): moves into main.js the chunks that are loaded
// with it anyway, and the small ones, so that a command opens fewer files.
//
// esbuild's code splitting treats every dynamic import() as an entry point of its own, so code that
// main.js and a command share goes into a chunk of its own, which main.js imports: `mixer --help`
// opened 15 files, `mixer suggest` 31. But main.js is the only entry (bin/mixer.js imports it, and
// every other file is loaded after it), so a chunk in main.js's static imports is always in memory
// before any command runs, and its code can as well be in main.js. Each file costs the ES module
// loader a resolution, a read and a link, about a third of a millisecond here; parsing 4 kB of
// code costs less than that. So this step also moves in every chunk under HOIST_BYTES that imports
// nothing main.js does not import already: it is then evaluated at start, so a chunk that imports
// a package (yaml, liquidjs…) or another of Node's modules stays out, and so does one with a
// top-level await (a command's chunk importing main.js while main.js waits would never finish
// loading: the build stops if main.js would await). Small chunks hold declarations; one that did
// real work when evaluated would now do it at every start. Now `--help` opens 2 files and
// `suggest` 11.
//
// How: esbuild bundles main.js and the chunks moved in into one new main.js that exports, under the
// names the chunks used, everything they exported (a name two of them export gets the chunk's tag);
// the other files' `import { … } from "./chunk-….js"` of a moved chunk become imports from main.js.
import fs from 'node:fs';
import path from 'node:path';
import { build, transformSync } from 'esbuild';

const HOIST_BYTES = 4096;

/** Whether a module's code awaits at its top level (CommonJS has no top-level await: esbuild refuses). */
function awaitsAtTop(code) {
  try {
    transformSync(code, { format: 'cjs', logLevel: 'silent' });
    return false;
  } catch (error) {
    if (error.errors?.some((e) => /top-level await/i.test(e.text))) return true;
    throw error;
  }
}

/**
 * Rewrites `outdir` (esbuild's output with `metafile`, whose paths are relative to `root`) and
 * returns the metafile of the result: the moved chunks' inputs are main.js's.
 */
export async function hoistChunks(root, outdir, metafile) {
  const { outputs } = metafile;
  const file = (key) => path.join(root, key);
  const mainKey = Object.keys(outputs).find((key) => path.basename(key) === 'main.js');
  const moved = chunksToMove(outputs, mainKey, file);
  const names = exportNames(outputs, mainKey, moved);

  const mainText = await bundleIntoMain(root, outdir, outputs, mainKey, moved, names);
  fs.writeFileSync(file(mainKey), mainText);
  const bytes = new Map([[mainKey, Buffer.byteLength(mainText)]]);
  for (const key of moved) fs.rmSync(file(key));
  for (const key of Object.keys(outputs)) {
    if (key === mainKey || moved.has(key) || !key.endsWith('.js')) continue;
    const before = fs.readFileSync(file(key), 'utf8');
    const after = importFromMain(before, moved, names);
    if (after === before) continue;
    fs.writeFileSync(file(key), after);
    bytes.set(key, Buffer.byteLength(after));
  }
  return metafileAfter(metafile, mainKey, moved, names, bytes);
}

const staticImports = (outputs, key) => outputs[key].imports.filter((i) => i.kind === 'import-statement');

/** The chunks to move into main.js: what it imports, and theirs; then the small ones that may. */
function chunksToMove(outputs, mainKey, file) {
  const isChunk = (key) => key in outputs && key !== mainKey;
  const moved = new Set();
  const stack = [mainKey];
  while (stack.length)
    for (const i of staticImports(outputs, stack.pop()))
      if (isChunk(i.path) && !moved.has(i.path)) {
        moved.add(i.path);
        stack.push(i.path);
      }
  // small chunks that import nothing main.js does not (Node's modules, or chunks moved in too)
  const loadedAnyway = new Set(
    [mainKey, ...moved].flatMap((key) => staticImports(outputs, key).map((i) => i.path)),
  );
  const small = new Set(
    Object.keys(outputs).filter(
      (key) =>
        /^chunk-.*\.js$/.test(path.basename(key)) &&
        !moved.has(key) &&
        outputs[key].bytes < HOIST_BYTES &&
        staticImports(outputs, key).every((i) => isChunk(i.path) || loadedAnyway.has(i.path)) &&
        !awaitsAtTop(fs.readFileSync(file(key), 'utf8')),
    ),
  );
  // …and whose own chunks are moved too
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of small)
      if (
        staticImports(outputs, key).some((i) => isChunk(i.path) && !moved.has(i.path) && !small.has(i.path))
      ) {
        small.delete(key);
        changed = true;
      }
  }
  for (const key of small) moved.add(key);
  return moved;
}

/**
 * The name each moved chunk's export has in the new main.js: its own, or with the chunk's tag when
 * two of them export it. main.js's own names stay as they are (bin/mixer.js imports `main`).
 */
function exportNames(outputs, mainKey, moved) {
  const exporters = new Map();
  for (const key of [mainKey, ...moved])
    for (const name of outputs[key].exports) exporters.set(name, (exporters.get(name) ?? 0) + 1);
  const tag = (key) => path.basename(key, '.js').replace(/^chunk-/, '');
  return (key, name) => (key !== mainKey && exporters.get(name) > 1 ? `${name}$${tag(key)}` : name);
}

/** main.js and the moved chunks bundled into one file that exports every moved chunk's names. */
async function bundleIntoMain(root, outdir, outputs, mainKey, moved, exportedAs) {
  const bundled = new Set([mainKey, ...moved].map((key) => `./${path.basename(key)}`));
  const entry = [mainKey, ...moved]
    .map((key) => {
      const names = outputs[key].exports.map((name) =>
        exportedAs(key, name) === name ? name : `${name} as ${exportedAs(key, name)}`,
      );
      return `export { ${names.join(', ')} } from './${path.basename(key)}';`;
    })
    .join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: outdir, sourcefile: 'main-and-hoisted-chunks.js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    write: false,
    logLevel: 'warning',
    plugins: [
      {
        // only the moved chunks are bundled; everything else stays an import as it was
        name: 'only-hoisted-chunks',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'import-statement' && bundled.has(args.path)
              ? undefined
              : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  if (result.warnings.length) throw new Error('moving chunks into main.js gave warnings (see above)');
  const text = result.outputFiles[0].text;
  if (awaitsAtTop(text)) {
    // (named by the compiled modules the bundle was made from: each is a source file in src/)
    const modules = [mainKey, ...moved].flatMap((key) => Object.keys(outputs[key].inputs));
    const culprits = modules.filter(
      (input) => /^dist\/.*\.js$/.test(input) && awaitsAtTop(fs.readFileSync(path.join(root, input), 'utf8')),
    );
    throw new Error(
      `main.js would await at its top level (${culprits.join(', ') || 'see dist/bundle/meta.json'}): no command could load; move that await into a function`,
    );
  }
  return text;
}

/** A file's imports of moved chunks, made imports from main.js under the names it exports them by. */
function importFromMain(text, moved, exportedAs) {
  let out = text;
  for (const chunk of moved) {
    const from = `"./${path.basename(chunk)}"`;
    out = out.replace(
      new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*${from.replaceAll('.', '\\.')};`, 'g'),
      (_, clause) => {
        const names = clause
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((s) => {
            const [name, local = name] = s.split(/\s+as\s+/);
            return exportedAs(chunk, name) === local ? local : `${exportedAs(chunk, name)} as ${local}`;
          });
        return `import { ${names.join(', ')} } from "./main.js";`;
      },
    );
    out = out.replaceAll(from, '"./main.js"'); // `import "./chunk-….js";`
  }
  // one bare `import "./main.js";` is enough, and none when names are imported from it
  const bare = 'import "./main.js";\n';
  const first = out.indexOf(bare);
  if (first < 0) return out;
  const keep = /from "\.\/main\.js";/.test(out) ? '' : bare;
  return out.slice(0, first) + keep + out.slice(first).replaceAll(bare, '');
}

/** The metafile of what is now on disk. */
function metafileAfter(metafile, mainKey, moved, exportedAs, bytes) {
  const { outputs } = metafile;
  const isMoved = (key) => key === mainKey || moved.has(key);
  const distinct = (imports) => [...new Map(imports.map((i) => [`${i.kind}\0${i.path}`, i])).values()];
  const main = { ...outputs[mainKey], inputs: {}, imports: [], exports: [], bytes: bytes.get(mainKey) };
  for (const key of [mainKey, ...moved]) {
    Object.assign(main.inputs, outputs[key].inputs);
    main.imports.push(...outputs[key].imports.filter((i) => !isMoved(i.path)));
    main.exports.push(...outputs[key].exports.map((name) => exportedAs(key, name)));
  }
  main.imports = distinct(main.imports);
  const rest = Object.entries(outputs)
    .filter(([key]) => !isMoved(key))
    .map(([key, output]) => [
      key,
      {
        ...output,
        imports: distinct(output.imports.map((i) => (isMoved(i.path) ? { ...i, path: mainKey } : i))),
        bytes: bytes.get(key) ?? output.bytes,
      },
    ]);
  return { ...metafile, outputs: Object.fromEntries([[mainKey, main], ...rest]) };
}
