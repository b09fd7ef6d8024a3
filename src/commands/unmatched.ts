// mixer unmatched: open needs nobody here can help yet, by space — questions for the other mixers.
import type { Context } from '../context.js';
import { partyName } from '../store/folder.js';
import { spacesOf } from '../store/relations.js';
import { printableLine } from '../util/printable.js';
import { displayWidth, fitTail } from '../util/text.js';
import { folderMatcher } from './match-input.js';
import { loadForMatching, matchOptions } from './suggest.js';

export async function run(ctx: Context, flags: { minScore?: number; json?: boolean }): Promise<number> {
  const folder = await loadForMatching(ctx);
  const options = matchOptions(ctx, folder, { minScore: flags.minScore });
  const needs = folderMatcher(folder).unmatched(options);
  const groups = new Map<string, typeof needs>();
  for (const need of needs) {
    const spaces = spacesOf(folder, need.owner);
    for (const space of spaces.length ? spaces : [''])
      groups.set(space, [...(groups.get(space) ?? []), need]);
  }
  if (flags.json) {
    ctx.json(
      'unmatched',
      [...groups].map(([space, list]) => ({
        space: space || null,
        needs: list.map((n) => ({ id: n.id, owner: n.owner, title: n.title })),
      })),
    );
    return 0;
  }
  if (needs.length === 0) {
    ctx.io.stderr(ctx.t('unmatched.none'));
    return 0;
  }
  ctx.io.stderr(ctx.t('unmatched.header', { count: needs.length }));
  const c = ctx.io.color;
  for (const [space, list] of [...groups].sort(([a], [b]) => a.localeCompare(b, 'ja'))) {
    ctx.io.stdout(
      c.bold(space ? `${printableLine(partyName(folder, space))} (${space})` : ctx.t('unmatched.no-space')),
    );
    for (const need of list) {
      // The id whole (to copy), the owner and title cut to the terminal's width.
      const lead = `  ${need.id}  `;
      const text = printableLine(`${partyName(folder, need.owner)}: ${need.title}`);
      ctx.io.stdout(`${lead}${fitTail(text, displayWidth(lead), ctx.io.columns || 80)}`);
    }
  }
  return 0;
}
