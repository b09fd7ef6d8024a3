// The report's Mermaid graph is accepted by mermaid's own parser (the same GitHub renders).
import { Window } from 'happy-dom';
import { afterAll, expect, it } from 'vitest';
import { cleanup, copySample, mixerJson } from './helpers.js';

afterAll(cleanup);

it('mermaid parses the graph of spaces joined by proposals', async () => {
  const report = await mixerJson<{ mermaid: string }>(['--data', copySample(), 'report'], {
    env: { MIXER_TODAY: '2026-11-26' },
  });
  expect(report.mermaid).toMatch(/^graph LR\n/);
  expect(report.mermaid).toContain('==>'); // the deal is drawn thick
  // mermaid needs a DOM; only the window and document are lent to it (Node's own URL stays, which
  // mixer above needs for its files).
  const window = new Window();
  Object.assign(globalThis, { window, document: window.document });
  try {
    const mermaid = (await import('mermaid')).default;
    await expect(mermaid.parse(report.mermaid)).resolves.toBeTruthy();
    await expect(mermaid.parse('graph LR\n  a ==>|1 b')).rejects.toThrow(); // the parser does reject bad graphs
  } finally {
    await window.happyDOM.close();
  }
});

it('a space name with quotes, brackets and markup stays one label: the graph still parses', async () => {
  const dir = copySample();
  const file = `${dir}/spaces/kitakami-base.yaml`;
  const fs = await import('node:fs');
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/^name: .*$/m, `name: '北上"ベース"]; click s_x call alert() #35; <b>x</b> & |y|'`);
  fs.writeFileSync(file, text);
  const report = runJson<{ mermaid: string }>(['--data', dir, 'report'], {
    env: { MIXER_TODAY: '2026-11-26' },
  });
  const label = report.mermaid.split('\n').find((l) => l.includes('s_kitakami_base['))!;
  expect(label).toMatch(/^ {2}s_kitakami_base\["[^"\n]*"\]$/);
  const mermaid = (await import('mermaid')).default;
  await expect(mermaid.parse(report.mermaid)).resolves.toBeTruthy();
});
