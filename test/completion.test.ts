// Shell completion: the script `mixer completion bash` prints, loaded into a real bash, completes
// commands, flags, listed values and the ids of the data folder (through `mixer __complete`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completions } from '../src/commands/complete.js';
import { cleanup, copySample, ROOT, runCli, tempDir } from './helpers.js';

afterAll(cleanup);

/** What bash's completion function offers for each command line (its words, the last one being typed). */
function complete(
  lines: string[][],
  options: { cwd?: string; env?: Record<string, string> } = {},
): string[][] {
  const bin = tempDir('mixer-bin-');
  fs.symlinkSync(path.join(ROOT, 'bin/mixer.js'), path.join(bin, 'mixer'));
  const script = path.join(bin, 'mixer.bash');
  const printed = runCli(['completion', 'bash']);
  expect(printed.code).toBe(0);
  fs.writeFileSync(script, printed.stdout);
  const quote = (w: string) => `'${w.replace(/'/g, "'\\''")}'`;
  const body = [
    `source ${quote(script)}`,
    ...lines.map(
      (words) =>
        `COMP_WORDS=(${words.map(quote).join(' ')}); COMP_CWORD=${words.length - 1}; COMPREPLY=(); _mixer_completion; printf '%s\\n' "\${COMPREPLY[@]}"; echo '--'`,
    ),
  ].join('\n');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', body], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, MIXER_DATA: '', ...options.env },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout
    .split('--\n')
    .slice(0, lines.length)
    .map((block) => block.split('\n').filter(Boolean));
}

describe('mixer completion bash, in a real bash', () => {
  it('completes a partial id from the data folder, and commands, flags and values', () => {
    const data = copySample();
    fs.writeFileSync(
      path.join(data, 'needs', 'hirano-cafe-menu-ja.yaml'),
      'owner: hirano-cafe\ntitle: メニュー\n',
    );
    const [status, propose, helper, command, flag, value, show] = complete([
      ['mixer', '--data', data, 'status', '2026-10-'],
      ['mixer', '--data', data, 'propose', 'hirano-cafe-me'],
      ['mixer', '--data', data, 'propose', 'hirano-cafe-sns', 'yama'],
      ['mixer', 'sugg'],
      ['mixer', 'suggest', '--ne'],
      ['mixer', 'add-visit', '--mode', ''],
      ['mixer', 'show', 'hirano-cafe-t'],
    ]);
    expect(status).toEqual([
      '2026-10-akita-moms-venue-kitakami-base',
      '2026-10-iwate-craft-overseas-miller-english',
    ]);
    expect(propose).toEqual(['hirano-cafe-menu-ja']); // a file added a moment ago
    expect(helper).toEqual(['yamagata-makers', 'yamagata-yard', 'yamamoto-sns']);
    expect(command).toEqual(['suggest']);
    expect(flag).toEqual(['--need']);
    expect(value).toEqual(['online', 'onsite']);
    // the folder mixer finds by itself (./data from the project's root)
    expect(show).toEqual(['hirano-cafe-tax']);
  });

  it('prints a script for bash that bash reads, and one for zsh and fish', () => {
    const bash = runCli(['completion', 'bash']).stdout;
    expect(spawnSync('bash', ['-n'], { input: bash }).status).toBe(0);
    expect(runCli(['completion', 'zsh']).stdout).toMatch(/^#compdef mixer/);
    expect(runCli(['completion', 'fish']).stdout).toMatch(/complete -c mixer -f -a '\(__mixer_complete\)'/);
  });
});

describe('what __complete offers', () => {
  const ids = (kind: string) =>
    ({
      needs: ['gudon-ramen-menu', 'hirano-cafe-sns'],
      members: ['miller-english'],
      spaces: ['kitakami-base'],
      proposals: ['2026-10-x'],
      mixers: ['mx-sato'],
      visits: [],
    })[kind] ?? [];
  const offer = (...words: string[]) =>
    completions(words, (kind) => ids(kind === 'owner' ? 'members' : kind));

  it('offers commands, then the flags of the command, then the values a flag takes', () => {
    expect(offer('')).toContain('add-visit');
    expect(offer('')).not.toContain('__complete');
    expect(offer('--l')).toEqual(['--lang']);
    expect(offer('--lang', '')).toEqual(['en', 'ja']);
    expect(offer('add-visit', '--c')).toEqual(['--commit', '--cost']);
    expect(offer('add-visit', '--space', 'k')).toEqual(['kitakami-base']);
    expect(offer('add-member', '--kind', '')).toEqual(['community', 'company', 'organization', 'person']);
    expect(offer('status', '2026-10-x', '')).toContain('owner-accepted');
    expect(offer('list', 'n')).toEqual(['needs']);
    expect(offer('list', 'needs', '--status', 's')).toEqual(['solved']);
    expect(offer('help', 'sug')).toEqual(['suggest']);
    expect(offer('completion', '')).toEqual(['bash', 'fish', 'zsh']);
  });

  it('offers the statuses of the kind listed, and members to forget', () => {
    expect(offer('list', 'needs', '--status', '')).toEqual(['dropped', 'open', 'solved']);
    expect(offer('list', 'proposals', '--status', '')).toContain('asked-owner');
    expect(offer('list', 'proposals', '--status', '')).not.toContain('open');
    expect(offer('forget', '')).toEqual(['miller-english']);
  });

  it('offers status a proposal or a need, then the statuses of the one named', () => {
    expect(offer('status', '')).toEqual(['2026-10-x', 'gudon-ramen-menu', 'hirano-cafe-sns']);
    expect(offer('status', 'gudon-ramen-menu', '')).toEqual(['dropped', 'open', 'solved']);
    expect(offer('status', '2026-10-x', '')).toContain('owner-accepted');
    expect(offer('status', '2026-10-x', '')).not.toContain('solved');
    expect(offer('status', '--note', 'x', 'gudon-ramen-menu', 'd')).toEqual(['dropped']);
    expect(offer('status', '2026-10-x', 'met', '')).toEqual([]);
  });

  it('skips a flag and its value when counting arguments', () => {
    expect(offer('propose', '--mixer', 'mx-sato', 'g')).toEqual(['gudon-ramen-menu']);
    expect(offer('propose', 'gudon-ramen-menu', '--note', 'x', 'mil')).toEqual(['miller-english']);
  });
});
