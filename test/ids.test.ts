// Ids made from records (src/records/ids.ts): readable, within the length limit, no word cut short.
import { describe, expect, it } from 'vitest';
import {
  cutAtWord,
  ID_MAX,
  isValidId,
  needIdBase,
  proposalIdBase,
  slugify,
  uniqueId,
} from '../src/records/ids.js';

describe('ids made from names', () => {
  it('keeps the letters of accented and full-width names', () => {
    expect(slugify('Café Noël ☕')).toBe('cafe-noel');
    expect(slugify('ＢＡＳＥ　Ｔｏｎｏ')).toBe('base-tono');
    expect(slugify('佐藤デザイン')).toBe('');
  });

  it('cuts a long id at a hyphen, never inside a word', () => {
    const proposal = uniqueId(
      '2026-11-iwate-craft-overseas-english-menu-translation-for-food-mx-ito-sarah-miller-english',
      () => false,
    );
    expect(proposal.length).toBeLessThanOrEqual(ID_MAX - 3);
    expect(proposal).toBe('2026-11-iwate-craft-overseas-english-menu-translation-for');
    expect(isValidId(proposal)).toBe(true);
    const need = needIdBase(
      'a-very-long-owner-name-of-a-cooperative',
      'website-advertising-campaign',
      'mx-sato',
    );
    expect(need).toBe('a-very-long-owner-name-of-a-cooperative-website-mx-sato');
    // One word longer than half the limit is cut where it must be.
    expect(cutAtWord(`ab-${'x'.repeat(80)}`, 20)).toBe(`ab-${'x'.repeat(17)}`);
  });

  it('keep the helper in a proposal id whose need id is long, cutting the need at a word', () => {
    expect(proposalIdBase('2026-10', 'iwate-craft-overseas', 'miller-english')).toBe(
      '2026-10-iwate-craft-overseas-miller-english',
    );
    // a long helper id is whole while the whole fits
    expect(proposalIdBase('2026-11', 'hirano-cafe-logo', 'kitakami-community-design-studio')).toBe(
      '2026-11-hirano-cafe-logo-kitakami-community-design-studio',
    );
    const need = `${'a'.repeat(30)}-${'b'.repeat(33)}`;
    const one = uniqueId(proposalIdBase('2026-11', need, 'tohoku-univ-club'), () => false);
    const two = uniqueId(proposalIdBase('2026-11', need, 'kato-photo'), () => false);
    expect(one).toBe(`2026-11-${'a'.repeat(30)}-tohoku-univ-club`);
    expect(two).toBe(`2026-11-${'a'.repeat(30)}-kato-photo`);
    for (const id of [one, two]) expect(isValidId(id) && id.length <= ID_MAX - 3).toBe(true);
  });
});
