// @vitest-environment happy-dom
// The report's Mermaid graph is accepted by mermaid's own parser (the same GitHub renders).
import { afterAll, expect, it } from 'vitest';
import { cleanup, copySample, runJson } from './helpers.js';

afterAll(cleanup);

it('mermaid parses the graph of spaces joined by proposals', async () => {
  const report = runJson<{ mermaid: string }>(['--data', copySample(), 'report'], {
    env: { MIXER_TODAY: '2026-11-26' },
  });
  expect(report.mermaid).toMatch(/^graph LR\n/);
  expect(report.mermaid).toContain('==>'); // the deal is drawn thick
  const mermaid = (await import('mermaid')).default;
  await expect(mermaid.parse(report.mermaid)).resolves.toBeTruthy();
  await expect(mermaid.parse('graph LR\n  a ==>|1 b')).rejects.toThrow(); // the parser does reject bad graphs
});
