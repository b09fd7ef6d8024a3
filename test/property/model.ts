// The model the property-based suites run (test/property.test.ts, quick; test/slow/property.test.ts,
// long): random records and random command sequences on a copy of the sample network, writers at
// once and writers killed at random points, and after every step the invariants of issue 14:
// nothing acknowledged is lost, every file validates (or, after a kill, is reported), `fmt --check`
// passes, and no text marked private appears in any letter or report.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/main.js';
import { PROPOSAL_STATUSES } from '../../src/records/enums.js';
import { loadDataFolder } from '../../src/store/load.js';
import { GIT_ENV, memoryIo, ROOT } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'mixer.js');
export const ENV = { MIXER_TODAY: '2026-11-26' };

// --- text -----------------------------------------------------------------------------------

/** Pieces of text as people type them, YAML's special characters and words among them. */
export const PIECES = [
  '看板を新しくしたい',
  'ホームページ',
  '英語のメニュー',
  '写真',
  'ロゴ',
  '補助金',
  'Logo design',
  'web',
  'yes',
  'null',
  '0123',
  '2026-11-20',
  ': ',
  ' #',
  '- ',
  '"',
  "'",
  '[x]',
  '{a}',
  '%',
  '@',
  '*',
  '&',
  '!',
  '|',
  '>',
  '{{ mixer.email }}',
  "{% include '.git/config' %}",
  ' ',
  '　',
  '、',
  '。',
];
/** What a hostile or careless hand adds: the commands must refuse it, or keep it as text. */
const HOSTILE = ['\u001b[2J', '\u0000', '\n', '\u202e', '\u009b'];

export interface TextSpec {
  pieces: string[];
  /** Make it longer than any one-line field may be. */
  long: boolean;
}

export const text = fc.record({
  pieces: fc.array(
    fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  ),
  long: fc.constant(false),
});
const longText = fc.record({
  pieces: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }),
  long: fc.constant(true),
});
const anyText = fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: longText });

/** The text a step types: its pieces, then the marker that says who may read it (`PRIV3`, `PUB4`). */
function render(spec: TextSpec, marker: string): string {
  const body = spec.pieces.join('');
  return `${spec.long ? body.repeat(Math.ceil(300 / Math.max(body.length, 1))) : body} ${marker}`;
}

// --- steps ----------------------------------------------------------------------------------

export type Step =
  | {
      kind: 'add-member';
      name: TextSpec;
      share?: 'public' | 'mixers';
      strengths: TextSpec[];
      summary?: TextSpec;
    }
  | { kind: 'add-need'; owner: number; title: TextSpec; detail?: TextSpec; share?: 'public' | 'mixers' }
  | {
      kind: 'add-visit';
      space: number;
      mixer: number;
      met: number[];
      needs: Array<{ owner: number; title: TextSpec }>;
      strengths: Array<{ member: number; text: TextSpec }>;
      notes?: TextSpec;
    }
  | { kind: 'status'; proposal: number; status: string; note?: TextSpec }
  | { kind: 'propose'; need: number; helper: number }
  | { kind: 'forget'; member: number }
  | { kind: 'fmt' };

const index = fc.nat({ max: 1000 });
const share = fc.option(fc.constantFrom('public' as const, 'mixers' as const), { nil: undefined });

export const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('add-member' as const),
    name: text,
    share,
    strengths: fc.array(anyText, { maxLength: 3 }),
    summary: fc.option(anyText, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('add-need' as const),
    owner: index,
    title: anyText,
    detail: fc.option(anyText, { nil: undefined }),
    share,
  }),
  fc.record({
    kind: fc.constant('add-visit' as const),
    space: index,
    mixer: index,
    met: fc.array(index, { maxLength: 3 }),
    needs: fc.array(fc.record({ owner: index, title: anyText }), { maxLength: 2 }),
    strengths: fc.array(fc.record({ member: index, text: anyText }), { maxLength: 3 }),
    notes: fc.option(anyText, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    proposal: index,
    status: fc.constantFrom(...PROPOSAL_STATUSES),
    note: fc.option(anyText, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('propose' as const), need: index, helper: index }),
  fc.record({ kind: fc.constant('forget' as const), member: index }),
  fc.constant({ kind: 'fmt' as const }),
);

// --- the ledger of acknowledged writes ------------------------------------------------------

/** What a command said it wrote, and how to see that it is still there. */
interface Entry {
  what: string;
  /** Members whose forgetting may remove it. */
  about: string[];
  holds: (dir: string) => boolean;
}

export class World {
  readonly ledger: Entry[] = [];
  /** Who may read each marker: `PRIVn` → the member it belongs to (or '' for a need's text). */
  readonly privateMarkers = new Map<string, string>();
  private counter = 0;

  constructor(readonly dir: string) {}

  marker(isPublic: boolean, member = ''): string {
    const m = `${isPublic ? 'PUB' : 'PRIV'}${++this.counter}`;
    if (!isPublic) this.privateMarkers.set(m, member);
    return m;
  }

  /** The folder's ids, sorted, for steps to pick by index. */
  ids() {
    const folder = loadDataFolder(this.dir);
    const sorted = (m: Map<string, unknown>) => [...m.keys()].sort();
    return {
      folder,
      ...Object.fromEntries(Object.entries(folder.records).map(([k, m]) => [k, sorted(m)])),
    } as {
      folder: ReturnType<typeof loadDataFolder>;
      spaces: string[];
      members: string[];
      needs: string[];
      visits: string[];
      mixers: string[];
      proposals: string[];
    };
  }

  acknowledge(what: string, about: string[], holds: (dir: string) => boolean): void {
    this.ledger.push({ what, about, holds });
  }

  forgotten(member: string): void {
    for (let i = this.ledger.length - 1; i >= 0; i--)
      if (this.ledger[i]!.about.includes(member)) this.ledger.splice(i, 1);
  }
}

const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const readYaml = (dir: string, rel: string): Record<string, unknown> | undefined => {
  try {
    return parse(fs.readFileSync(path.join(dir, rel), 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
};
const trimmed = (s: string) => s.trim();

/**
 * The command line of a step, what it acknowledges when it exits 0 (given its --json output), and
 * what a kill may still have done (`killed`: a process killed after its write has made it).
 */
export function commandOf(
  world: World,
  s: Step,
): { args: string[]; acknowledge?: (json: { files: string[] }) => void; killed?: () => void } | undefined {
  const ids = world.ids();
  const { folder } = ids;
  const memberShare = (id: string) =>
    folder.records.members.get(id)?.data.share ?? (folder.records.members.has(id) ? 'mixers' : 'public');
  switch (s.kind) {
    case 'add-member': {
      const isPublic = s.share === 'public';
      const m = world.marker(isPublic);
      // An ASCII name, so that an id is made from it.
      const name = `Member ${m} ${render(s.name, m)}`;
      const strengths = s.strengths.map((t) => render(t, m));
      const summary = s.summary && render(s.summary, m);
      const args = ['add-member', '--name', name, '--kind', 'person'];
      if (s.share) args.push('--share', s.share);
      for (const t of strengths) args.push('--strength', t);
      if (summary) args.push('--summary', summary);
      return {
        args,
        acknowledge: ({ files }) => {
          const rel = files[0]!;
          const id = path.basename(rel, '.yaml');
          if (!isPublic) world.privateMarkers.set(m, id);
          world.acknowledge(
            `member ${name}`,
            [id],
            (dir) => trimmed(String(readYaml(dir, rel)?.name)) === trimmed(name),
          );
        },
      };
    }
    case 'add-need': {
      const owner = pick([...ids.members, ...ids.spaces], s.owner);
      if (!owner) return undefined;
      const isPublic = (s.share ?? memberShare(owner)) === 'public';
      const m = world.marker(isPublic);
      const title = render(s.title, m);
      const args = ['add-need', '--owner', owner, '--title', title];
      if (s.detail) args.push('--detail', render(s.detail, m));
      if (s.share) args.push('--share', s.share);
      return {
        args,
        acknowledge: ({ files }) =>
          world.acknowledge(
            `need ${title}`,
            [owner],
            (dir) => trimmed(String(readYaml(dir, files[0]!)?.title)) === trimmed(title),
          ),
      };
    }
    case 'add-visit': {
      const space = pick(ids.spaces, s.space);
      const mixer = pick(ids.mixers, s.mixer);
      if (!space || !mixer) return undefined;
      const args = ['add-visit', '--space', space, '--mixer', mixer, '--date', '2026-11-20'];
      for (const i of s.met) {
        const id = pick(ids.members, i);
        if (id) args.push('--met', id);
      }
      const needs: Array<{ owner: string; title: string }> = [];
      for (const n of s.needs) {
        const owner = pick([...ids.members, ...ids.spaces], n.owner);
        if (!owner) continue;
        const title = render(n.title, world.marker(memberShare(owner) === 'public'));
        needs.push({ owner, title });
        args.push('--need', `${owner}:${title}`);
      }
      const strengths: Array<{ member: string; text: string }> = [];
      for (const t of s.strengths) {
        const member = pick(ids.members, t.member);
        if (!member) continue;
        const isPublic = memberShare(member) === 'public';
        const value = render(t.text, world.marker(isPublic, member));
        strengths.push({ member, text: value });
        args.push('--strength', `${member}:${value}`);
      }
      if (s.notes) args.push('--notes', render(s.notes, world.marker(false)));
      return {
        args,
        acknowledge: ({ files }) => {
          const visit = files.find((f) => f.startsWith('visits/'))!;
          for (const st of strengths)
            world.acknowledge(`learned ${st.text}`, [st.member], (dir) =>
              ((readYaml(dir, visit)?.learned as Array<{ member: string; strength: string }>) ?? []).some(
                (l) => l.member === st.member && trimmed(String(l.strength)) === trimmed(st.text),
              ),
            );
          // Each need is one of the files the visit wrote. Which one is read when the ledger is
          // checked, not now: a `forget` of its owner in the same batch may already have removed
          // it, and settles after this (dropping what the ledger holds about the owner).
          for (const n of needs)
            world.acknowledge(`need ${n.title} in one of ${files.join(', ')}`, [n.owner], (dir) =>
              files.some(
                (f) =>
                  f.startsWith('needs/') && trimmed(String(readYaml(dir, f)?.title)) === trimmed(n.title),
              ),
            );
          world.acknowledge(`visit ${visit}`, [], (dir) => fs.existsSync(path.join(dir, visit)));
        },
      };
    }
    case 'status': {
      const id = pick(ids.proposals, s.proposal);
      if (!id) return undefined;
      const args = ['status', id, s.status, '--force'];
      const note = s.note && render(s.note, world.marker(false));
      if (note) args.push('--note', note);
      const p = folder.records.proposals.get(id)!;
      const about = [p.data.helper, folder.records.needs.get(p.data.need)?.data.owner ?? ''];
      return {
        args,
        acknowledge: ({ files }) =>
          world.acknowledge(`status ${id} ${s.status}`, about, (dir) =>
            // a move may also write a letter: the proposal is the one YAML file among them
            (
              (readYaml(dir, files.find((f) => f.endsWith('.yaml'))!)?.history as Array<{
                status: string;
                note?: string;
              }>) ?? []
            ).some(
              (h) =>
                h.status === s.status &&
                (!note ||
                  String(h.note ?? '')
                    .trim()
                    .endsWith(note.trim())),
            ),
          ),
      };
    }
    case 'propose': {
      const need = pick(ids.needs, s.need);
      const helper = pick(ids.members, s.helper);
      if (!need || !helper) return undefined;
      const owner = folder.records.needs.get(need)?.data.owner ?? '';
      return {
        args: ['propose', need, helper, '--mixer', ids.mixers[0]!],
        acknowledge: ({ files }) =>
          world.acknowledge(`proposal ${files[0]}`, [helper, owner], (dir) =>
            files.every((f) => fs.existsSync(path.join(dir, f))),
          ),
      };
    }
    case 'forget': {
      // Only members this run made: the sample's own stay for the other steps to use.
      const made = ids.members.filter((id) => /(^|-)(pub|priv)\d+(-|$)/.test(id));
      const member = pick(made, s.member);
      if (!member) return undefined;
      // Killed, it may have removed the member or part of what refers to it: none of it is owed.
      return {
        args: ['forget', member],
        acknowledge: () => world.forgotten(member),
        killed: () => world.forgotten(member),
      };
    }
    case 'fmt':
      return { args: ['fmt'] };
  }
}

// --- running ----------------------------------------------------------------------------------

export async function runInProcess(dir: string, args: string[]) {
  const { io, out, err } = memoryIo({ env: ENV });
  const code = await main(['--data', dir, '--lang', 'en', ...args], io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The built CLI in its own process; killed with SIGKILL after `killAfterMs` when given. */
export function runProcess(dir: string, args: string[], killAfterMs?: number): Promise<Spawned> {
  return new Promise((resolve) => {
    // (a command line cannot carry NUL: another control character stands for it)
    const argv = args.map((a) => a.replace(/\0/g, '\u0001'));
    const child = spawn(process.execPath, [BIN, '--data', dir, '--lang', 'en', ...argv], {
      env: { ...process.env, ...GIT_ENV, ...ENV, NO_COLOR: '1', MIXER_DATA: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/**
 * The commands of a batch that ran at once, settled: a `forget` last, since it may have run after
 * any other write of the batch (and removed what that write acknowledged about the member).
 */
export function settleBatch(
  commands: Array<NonNullable<ReturnType<typeof commandOf>>>,
  results: Array<{ code: number | null; stdout: string; stderr: string }>,
): void {
  const order = [...commands.keys()].sort(
    (a, b) => Number(commands[a]!.args[0] === 'forget') - Number(commands[b]!.args[0] === 'forget'),
  );
  for (const i of order) settle(commands[i]!, results[i]!);
}

/** A step's result: acknowledged writes go to the ledger; a refusal must be a clear one. */
export function settle(
  command: ReturnType<typeof commandOf>,
  result: { code: number | null; stdout: string; stderr: string },
) {
  if (!command) return;
  expect(result.stderr, command.args.join(' ')).not.toMatch(/unexpected error|Maximum call stack| {4}at /);
  if (result.code === 0) {
    const json =
      command.args[0] === 'fmt' ? { files: [] } : (JSON.parse(result.stdout) as { files: string[] });
    command.acknowledge?.(json);
  } else expect([1, 2], `${command.args.join(' ')}: ${result.stderr}`).toContain(result.code);
}

/** Every text file under the kind folders. */
function files(dir: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => pattern.test(rel) && !rel.split(path.sep).some((p) => p.startsWith('.')));
}

/** The invariants, after any step (`afterKill`: a process was killed since the last check). */
export async function checkInvariants(world: World, afterKill = false): Promise<void> {
  const { dir } = world;
  // Nothing acknowledged is lost.
  for (const entry of world.ledger) expect(entry.holds(dir), `lost: ${entry.what}`).toBe(true);
  // Every file validates, or (after a kill in the middle of a change) its problems are reported.
  const validate = await runInProcess(dir, ['validate']);
  if (afterKill) expect([0, 1], validate.stdout + validate.stderr).toContain(validate.code);
  else expect(validate.code, validate.stdout).toBe(0);
  // What mixer wrote is canonical.
  const fmt = await runInProcess(dir, ['fmt', '--check']);
  expect(fmt.code, fmt.stdout).toBe(0);
  // No temporary file is left once a write ran after the kill (checked by the caller's next write).
  // No text marked private in any report...
  for (const args of [['report'], ['report', '--json']]) {
    const r = await runInProcess(dir, args);
    if (r.code !== 0) continue; // (a report refused because a record does not load says nothing)
    for (const marker of world.privateMarkers.keys())
      expect(r.stdout, `${marker} in ${args.join(' ')}`).not.toContain(marker);
  }
  // ...nor in any letter but one addressed to the member the text is about alone.
  const folder = loadDataFolder(dir);
  for (const rel of files(path.join(dir, 'proposals'), /\.(md|eml)$/)) {
    const letter = fs.readFileSync(path.join(dir, 'proposals', rel), 'utf8');
    const proposal = folder.records.proposals.get(path.basename(rel).split('.')[0]!);
    const recipient = /ask-owner/.test(rel)
      ? folder.records.needs.get(proposal?.data.need ?? '')?.data.owner
      : /ask-helper/.test(rel)
        ? proposal?.data.helper
        : undefined;
    for (const [marker, member] of world.privateMarkers)
      if (!(member && member === recipient)) expect(letter, `${marker} in ${rel}`).not.toContain(marker);
  }
}

/** Temporary files mixer writes (and removes, or the next write does), in the kind folders. */
export function temporaries(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => /\.(mixer-tmp|tmp)$/.test(rel) && !/^\.(git|mixer)\b/.test(rel));
}

/** Runs a step in this process, with --json, and settles it. */
export async function runStep(world: World, s: Step): Promise<void> {
  const command = commandOf(world, s);
  if (!command) return;
  const args = command.args[0] === 'fmt' ? command.args : [...command.args, '--json'];
  settle(command, await runInProcess(world.dir, args));
}
