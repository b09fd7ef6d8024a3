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
  const outputs = metafile.outputs;
  const file = (key) => path.join(root, key);
  const mainKey = Object.keys(outputs).find((key) => path.basename(key) === 'main.js');
  const staticImports = (key) => outputs[key].imports.filter((i) => i.kind === 'import-statement');
  const isChunk = (key) => key in outputs;

  // main.js's static imports, and theirs: loaded with main.js in any case
  const hoisted = new Set();
  const stack = [mainKey];
  while (stack.length) {
    for (const i of staticImports(stack.pop()))
      if (isChunk(i.path) && i.path !== mainKey && !hoisted.has(i.path)) {
        hoisted.add(i.path);
        stack.push(i.path);
      }
  }
  // small chunks that import nothing main.js does not (Node's modules, or chunks moved in too)
  const loadedAnyway = new Set([mainKey, ...hoisted].flatMap((key) => staticImports(key).map((i) => i.path)));
  const small = new Set(
    Object.keys(outputs).filter(
      (key) =>
        /^chunk-.*\.js$/.test(path.basename(key)) &&
        !hoisted.has(key) &&
        outputs[key].bytes < HOIST_BYTES &&
        staticImports(key).every((i) => isChunk(i.path) || loadedAnyway.has(i.path)) &&
        !awaitsAtTop(fs.readFileSync(file(key), 'utf8')),
    ),
  );
  const movable = (key) => key === mainKey || hoisted.has(key) || small.has(key);
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of small)
      if (!staticImports(key).every((i) => !isChunk(i.path) || movable(i.path))) {
        small.delete(key);
        changed = true;
      }
  }
  for (const key of small) hoisted.add(key);

  const movedNames = new Set([mainKey, ...hoisted].map((key) => `./${path.basename(key)}`));
  const exporters = new Map();
  for (const key of [mainKey, ...hoisted])
    for (const name of outputs[key].exports) exporters.set(name, (exporters.get(name) ?? 0) + 1);
  const tag = (key) => path.basename(key, '.js').replace(/^chunk-/, '');
  // (main.js's own names stay as they are: bin/mixer.js imports `main`)
  const exportedAs = (key, name) =>
    key !== mainKey && exporters.get(name) > 1 ? `${name}$${tag(key)}` : name;
  const entry = [mainKey, ...hoisted]
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
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'import-statement' && movedNames.has(args.path)) return undefined;
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  if (result.warnings.length) throw new Error('moving chunks into main.js gave warnings (see above)');
  const mainText = result.outputFiles[0].text;
  if (awaitsAtTop(mainText))
    throw new Error('main.js would await at its top level: a command could never load');

  fs.writeFileSync(file(mainKey), mainText);
  const bytes = new Map([[mainKey, Buffer.byteLength(mainText)]]);
  for (const key of hoisted) fs.rmSync(file(key));
  for (const key of Object.keys(outputs)) {
    if (movable(key) || !key.endsWith('.js')) continue;
    const before = fs.readFileSync(file(key), 'utf8');
    let after = before;
    for (const chunk of hoisted) {
      const from = `"./${path.basename(chunk)}"`;
      after = after.replace(
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
      after = after.replaceAll(from, '"./main.js"'); // `import "./chunk-….js";`
    }
    // one bare `import "./main.js";` is enough, and none when names are imported from it
    const bare = 'import "./main.js";\n';
    const first = after.indexOf(bare);
    if (first >= 0) {
      const keep = /from "\.\/main\.js";/.test(after) ? '' : bare;
      after = after.slice(0, first) + keep + after.slice(first).replaceAll(bare, '');
    }
    if (after !== before) {
      fs.writeFileSync(file(key), after);
      bytes.set(key, Buffer.byteLength(after));
    }
  }

  // the metafile of what is now on disk
  const distinct = (imports) => [...new Map(imports.map((i) => [`${i.kind}\0${i.path}`, i])).values()];
  const moved = { ...outputs[mainKey], inputs: {}, imports: [], exports: [] };
  for (const key of [mainKey, ...hoisted]) {
    Object.assign(moved.inputs, outputs[key].inputs);
    for (const i of outputs[key].imports) if (!movable(i.path)) moved.imports.push(i);
    moved.exports.push(...outputs[key].exports.map((name) => exportedAs(key, name)));
  }
  moved.imports = distinct(moved.imports);
  moved.bytes = bytes.get(mainKey);
  const rest = Object.entries(outputs)
    .filter(([key]) => !movable(key))
    .map(([key, output]) => [
      key,
      {
        ...output,
        imports: distinct(output.imports.map((i) => (movable(i.path) ? { ...i, path: mainKey } : i))),
        bytes: bytes.get(key) ?? output.bytes,
      },
    ]);
  return { ...metafile, outputs: Object.fromEntries([[mainKey, moved], ...rest]) };
}
