// mixer forget <member>: a person or an organisation removed everywhere, at their request (Japan's
// Act on the Protection of Personal Information gives them the right to ask), in one change that
// can be reviewed and committed like any other: the member's record, the needs it owns, its place
// in visits (`met`, `learned`), its proposals and their letters. What the team achieved stays
// counted: each proposal it was part of is kept as an anonymous one (its dates, statuses and
// outcome; no notes, reasons or letters) whose side is `forgotten`. Git history still holds the
// old files; the command says how to purge it.
import path from 'node:path';
import type { Context } from '../context.js';
import { MixerError } from '../errors.js';
import { FORGOTTEN, uniqueId } from '../records/ids.js';
import type { Proposal } from '../records/schemas.js';
import type { FileChange } from '../store/change.js';
import { removeFromList } from '../store/edit.js';
import type { DataFolder } from '../store/folder.js';
import { recordText } from '../store/format.js';
import { repoRoot } from '../store/git.js';
import { companionFiles, mentions } from '../store/mentions.js';
import { printableLine } from '../util/printable.js';
import { unknownId } from './flags.js';
import { type WriteFlags, writeChange } from './writing.js';

/** A proposal with the forgotten side anonymous: what it achieved, nothing of what was said. */
function anonymous(p: Proposal, member: string, goneNeeds: Set<string>): Proposal {
  return {
    need: goneNeeds.has(p.need) ? FORGOTTEN : p.need,
    helper: p.helper === member ? FORGOTTEN : p.helper,
    mixer: p.mixer,
    history: p.history.map((h) => ({ date: h.date, status: h.status })),
    ...(p.outcome
      ? {
          outcome: {
            kind: p.outcome.kind,
            ...(p.outcome.value !== undefined ? { value: p.outcome.value } : {}),
          },
        }
      : {}),
  };
}

/** Every change that forgetting `member` makes, from the folder as it is. */
function plan(member: string) {
  return (folder: DataFolder): FileChange[] => {
    const record = folder.records.members.get(member);
    if (!record) return [];
    const out: FileChange[] = [];
    const needs = [...folder.records.needs.values()].filter((n) => n.data.owner === member);
    const goneNeeds = new Set(needs.map((n) => n.id));
    for (const visit of folder.records.visits.values()) {
      let text = removeFromList(visit.source.text, 'visits', 'met', (id) => id === member);
      text = removeFromList(text, 'visits', 'learned', (l) => (l as { member?: string }).member === member);
      if (text !== visit.source.text) out.push({ rel: visit.file, text, create: false });
    }
    const taken = new Set(folder.records.proposals.keys());
    for (const p of folder.records.proposals.values()) {
      if (p.data.helper !== member && !goneNeeds.has(p.data.need)) continue;
      out.push({ rel: p.file, text: '', create: false, remove: true });
      for (const rel of companionFiles(folder, p.file))
        out.push({ rel, text: '', create: false, remove: true });
      // A new id: the old one is made of the forgotten ids.
      const id = uniqueId(`${p.data.history[0]!.date.slice(0, 7)}-${FORGOTTEN}`, (c) => taken.has(c));
      taken.add(id);
      out.push({
        rel: `proposals/${id}.yaml`,
        text: recordText('proposals', anonymous(p.data, member, goneNeeds)),
        create: true,
      });
    }
    // Removed after what refers to them, so that a process killed half way leaves no reference to nothing
    // it could avoid: proposals and letters (above), then the needs, then the member.
    for (const need of needs) out.push({ rel: need.file, text: '', create: false, remove: true });
    out.push({ rel: record.file, text: '', create: false, remove: true });
    return out;
  };
}

/** The files to purge from history, as paths from the repository's root. */
function historyPaths(folder: DataFolder, changes: FileChange[]): string[] {
  const root = repoRoot(folder.dir);
  const prefix = root ? path.relative(root, folder.dir) : '';
  return changes.filter((c) => c.remove).map((c) => path.posix.join(prefix.split(path.sep).join('/'), c.rel));
}

export async function run(ctx: Context, id: string, flags: WriteFlags): Promise<number> {
  const folder = await ctx.load();
  const member = folder.records.members.get(id);
  if (!member) {
    if (folder.records.spaces.has(id) || folder.records.mixers.has(id))
      throw new MixerError(ctx.t('forget.not-member', { id }), 1, ctx.t('hint.forget-not-member'));
    throw unknownId(ctx, folder, 'members', id);
  }
  const name = member.data.name;
  // Said from the changes made, which other writers at the same time may have made larger than
  // planned (a proposal added meanwhile): what a person must still read, free text that names the
  // member (a note, a letter of another proposal), and the files to purge from history.
  let told: { mentions: string[]; purge: ReturnType<typeof purgeCommands> } | undefined;
  const tell = (applied: FileChange[]) => {
    told = {
      mentions: mentions(folder, [name, id], applied).map(
        ({ file, line }) => `${printableLine(file)}:${line}`,
      ),
      purge: purgeCommands(historyPaths(folder, applied), name, id),
    };
    return told;
  };
  // The commit message names no one: it stays in the history a purge would have to rewrite.
  const code = await writeChange(ctx, folder, plan(id), ctx.t('commit.forget'), flags, tell);
  if (code !== 0 || flags.json || !told) return code;
  const { mentions: left, purge } = told;
  if (left.length) {
    ctx.io.stderr(ctx.io.color.yellow(`! ${ctx.t('forget.mentions', { count: left.length })}`));
    for (const where of left) ctx.io.stderr(`  ${where}`);
  }
  ctx.io.stderr(ctx.t('forget.done'));
  // The purge rewrites the shared history: it must hold the change first, or the files stay.
  if (!flags.commit || flags.branch) ctx.io.stderr(ctx.t('forget.purge-first'));
  ctx.io.stderr(ctx.t('forget.purge'));
  for (const command of purge.filterRepo) ctx.io.stderr(`  ${printableLine(command)}`);
  ctx.io.stderr(ctx.t('forget.purge-bfg'));
  for (const command of purge.bfg) ctx.io.stderr(`  ${printableLine(command)}`);
  ctx.io.stderr(ctx.t('forget.purge-after'));
  return 0;
}

/**
 * How to remove the member from git history too: the files, and the name and id as text, with
 * git filter-repo or BFG. The replacements go in a file outside the repository.
 */
function purgeCommands(files: string[], name: string, id: string) {
  const replacements = `printf '%s\\n' ${shellQuote(`${name}==>[forgotten]`)} ${shellQuote(`${id}==>forgotten`)} > /tmp/mixer-forget.txt`;
  return {
    files,
    filterRepo: [
      replacements,
      `git filter-repo --invert-paths ${files.map((f) => `--path ${shellQuote(f)}`).join(' ')}`,
      'git filter-repo --replace-text /tmp/mixer-forget.txt',
    ],
    bfg: [
      replacements,
      // (BFG takes one name pattern: the file names in braces)
      `bfg --delete-files ${shellQuote(`{${[...new Set(files.map((f) => path.posix.basename(f)))].join(',')}}`)} .`,
      'bfg --replace-text /tmp/mixer-forget.txt .',
      'git reflog expire --expire=now --all && git gc --prune=now --aggressive',
    ],
  };
}

/** A word for a POSIX shell, in single quotes. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
