// Whom a letter may be written to. `do_not_contact` is absolute, whatever else is wrong; and a
// party whose record cannot be read is not written to either, since mixer cannot tell whether it
// asked not to be contacted (nor what its name is).
import type { Context } from '../context.js';
import { MixerError } from '../errors.js';
import { type DataFolder, failedRecord, findParty } from '../store/folder.js';
import { isDoNotContact } from '../store/relations.js';
import { printableLine } from '../util/printable.js';

/**
 * Refuses (exit 1) unless every one of `parties` may be written to; `hint` says what to do instead.
 * An id that is no party's (a need whose record failed, a side that was forgotten) is refused too.
 */
export function checkContactable(ctx: Context, folder: DataFolder, parties: string[], hint: string): void {
  for (const id of parties) {
    if (isDoNotContact(folder, id))
      throw new MixerError(ctx.t('propose.do-not-contact', { id: printableLine(id) }), 1, hint);
    if (findParty(folder, id)) continue;
    const failed = failedRecord(folder, id);
    throw new MixerError(
      failed
        ? ctx.t('load.record-has-problems', { id: printableLine(id), file: printableLine(failed.file) })
        : ctx.t('contact.unknown-party', { id: printableLine(id) }),
      1,
      ctx.t('hint.load-failed'),
    );
  }
}
