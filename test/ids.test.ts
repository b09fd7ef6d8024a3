// Ids made from records (src/records/ids.ts): readable, within the length limit, no word cut short.
import { describe, expect, it } from 'vitest';
import { cutAtWord, ID_MAX, isValidId, needIdBase, slugify, uniqueId } from '../src/records/ids.js';

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
});
