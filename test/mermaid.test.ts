// The report's Mermaid graph is accepted by mermaid's own parser (the same GitHub renders).
import fs from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, expect, it } from 'vitest';
import { cleanup, copySample, mixerJson } from './helpers.js';

afterAll(cleanup);

/**
 * mermaid's parser, which needs a DOM: only a window and its document are lent to it, so that
 * Node's own URL (which mixer needs for its files) stays.
 */
async function withMermaid(use: (mermaid: typeof import('mermaid').default) => Promise<void>) {
  const window = new Window();
  Object.assign(globalThis, { window, document: window.document });
  try {
    await use((await import('mermaid')).default);
  } finally {
    await window.happyDOM.close();
  }
}

const report = (dir: string) =>
  mixerJson<{ mermaid: string }>(['--data', dir, 'report'], { env: { MIXER_TODAY: '2026-11-26' } });

it('mermaid parses the graph of spaces joined by proposals', async () => {
  const { mermaid: graph } = await report(copySample());
  expect(graph).toMatch(/^graph LR\n/);
  expect(graph).toContain('==>'); // the deal is drawn thick
  await withMermaid(async (mermaid) => {
    await expect(mermaid.parse(graph)).resolves.toBeTruthy();
    await expect(mermaid.parse('graph LR\n  a ==>|1 b')).rejects.toThrow(); // the parser does reject bad graphs
  });
});

it('a space name with quotes, brackets and markup stays one label: the graph still parses', async () => {
  const dir = copySample();
  const file = `${dir}/spaces/kitakami-base.yaml`;
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/^name: .*$/m, `name: '北上"ベース"]; click s_x call alert() #35; <b>x</b> & |y|'`);
  fs.writeFileSync(file, text);
  const { mermaid: graph } = await report(dir);
  const label = graph.split('\n').find((l) => l.includes('s_kitakami_base['))!;
  expect(label).toMatch(/^ {2}s_kitakami_base\["[^"\n]*"\]$/);
  await withMermaid(async (mermaid) => {
    await expect(mermaid.parse(graph)).resolves.toBeTruthy();
  });
});
