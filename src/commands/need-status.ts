// mixer status <need> solved|dropped|open: close a need or open it again, without editing its file.
// The proposals still open for it are named, since nobody is asked or introduced for a closed need
// (status refuses it), and each is closed on its own.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { NEED_STATUSES } from '../records/enums.js';
import { askFirst, awaitsContact, hasEnded, nextStatuses } from '../records/lifecycle.js';
import { setKey } from '../store/edit.js';
import type { DataFolder } from '../store/folder.js';
import { label } from './choices.js';
import { checkRef } from './flags.js';
import { type WriteFlags, writeChange } from './writing.js';

export async function runNeedStatus(
  ctx: Context,
  folder: DataFolder,
  id: string,
  status: (typeof NEED_STATUSES)[number],
  flags: WriteFlags,
  /** The flags given that only a proposal's move takes. */
  extra: string[],
): Promise<number> {
  if (extra.length) throw new UsageError(ctx.t('status.need-flags', { flags: extra.join(', ') }));
  id = checkRef(ctx, folder, 'needs', id);
  const need = folder.records.needs.get(id)!;
  const said = label(ctx.lang, 'need-status', status);
  if ((need.data.status ?? 'open') === status) {
    ctx.io.stderr(ctx.t('status.need-already', { id, status: said }));
    // (with --json, the same object as a write, with no file: stdout is never left empty)
    if (flags.json) ctx.json('written', { files: [], commit: null });
    return 0;
  }
  const edit = (current: string) => setKey(current, 'needs', 'status', status);
  const code = await writeChange(
    ctx,
    folder,
    [{ rel: need.file, text: edit(need.source.text), create: false, edit }],
    ctx.t('commit.status', { id, status }),
    { ...flags, yes: true },
  );
  if (code !== 0 || status === 'open') return code;
  for (const p of folder.records.proposals.values()) {
    const at = p.data.history.at(-1)!.status;
    if (p.data.need !== id || hasEnded(at)) continue;
    // Not yet introduced: nobody is to be asked any more, close it. Introduced: the two sides
    // have met or may, and how it ended (a deal that solved the need?) is recorded as usual.
    if (awaitsContact(at)) ctx.io.stderr(ctx.t('status.need-proposal-open', { id: p.id }));
    else
      ctx.io.stderr(
        ctx.t('status.need-proposal-introduced', {
          id: p.id,
          status: label(ctx.lang, 'proposal-status', at),
          next: nextStatuses(at, askFirst(p.data)).join(' | '),
        }),
      );
  }
  return 0;
}
