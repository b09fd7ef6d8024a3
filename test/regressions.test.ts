// Bugs found by reading, each with the test that failed before its fix.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { cleanup, copySample, memoryIo, ROOT, tempDir, writeFiles } from './helpers.js';

afterAll(cleanup);

const TODAY = { MIXER_TODAY: '2026-11-26' };

describe('regressions', () => {
  it('finds its built-in templates when installed under a path with a space and Japanese', () => {
    // The built package, as npm would install it, in a folder like /tmp/x/ミキサー テスト/.
    const install = path.join(tempDir('mixer-install-'), 'ミキサー テスト');
    for (const part of ['bin', 'dist', 'templates', 'glossary', 'package.json'])
      fs.cpSync(path.join(ROOT, part), path.join(install, part), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(install, 'node_modules'), 'dir');
    const r = spawnSync(
      process.execPath,
      [
        path.join(install, 'bin/mixer.js'),
        '--data',
        copySample(),
        '--lang',
        'en',
        'propose',
        'hirano-cafe-logo',
        'ito-design',
        '--mixer',
        'mx-kimura',
        '--ask-first',
        'helper',
        // (in English as asked: nothing to say of the Japanese the helper writes in)
        '--letter-lang',
        'en',
        '--stdout',
      ],
      { encoding: 'utf8', env: { ...process.env, ...TODAY, NO_COLOR: '1', MIXER_DATA: '' } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('subject:');
  });

  it('reads a template saved with CRLF line ends: its front matter stays out of the letter', async () => {
    const dir = copySample();
    const lf = fs.readFileSync(path.join(ROOT, 'templates/en/ask.md'), 'utf8');
    writeFiles(dir, { 'templates/en/ask.md': lf.replace(/\n/g, '\r\n') });
    const { io, out, err } = memoryIo({ env: TODAY });
    const code = await main(
      [
        '--data',
        dir,
        '--lang',
        'en',
        'propose',
        'gudon-ramen-menu',
        'miller-english',
        '--mixer',
        'mx-kimura',
        '--stdout',
      ],
      io,
    );
    expect(code, err.join('\n')).toBe(0);
    // --stdout prints the first letter: the ask to the owner.
    const first = out.join('\n');
    const header = /^---\nsubject: "([^"\n]+)"\nfrom: [^\n]*\nto: [^\n]*\n---\n\n/.exec(first);
    expect(header, first).not.toBeNull();
    const body = first.slice(header![0].length);
    expect(body).toMatch(/^Dear /);
    expect(body).not.toContain('---');
    expect(body).not.toContain('\r');
  });

  it("keeps the YAML library's warnings off the user's stderr", async () => {
    const dir = copySample();
    writeFiles(dir, { 'members/odd-key.yaml': 'name: テスト\nkind: person\n? [a, b]\n: x\n' });
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    try {
      const { io, out } = memoryIo({ env: TODAY });
      const code = await main(['--data', dir, '--lang', 'en', 'validate'], io);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(code).toBe(1);
      expect(out.join('\n')).toContain('members/odd-key.yaml');
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });
});
