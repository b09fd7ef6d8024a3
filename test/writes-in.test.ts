// The language a party writes its record in (src/records/writes-in.ts), which letters use to tell
// the mixer that a recipient reads another language.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordsById } from '../src/records/parties.js';
import { writesIn } from '../src/records/writes-in.js';

type Party = { name: string; summary?: string; strengths?: Array<string | { text: string }> };

/** Records holding one member `m` and one space `s`. */
function records(member: Party, space: Party = { name: 'S' }) {
  return {
    members: new Map([['m', { data: { kind: 'person', spaces: [], ...member } }]]),
    spaces: new Map([['s', { data: { kind: 'physical', ...space } }]]),
  } as unknown as Pick<RecordsById, 'spaces' | 'members'>;
}

describe('the language a party writes in', () => {
  it('is that of most of its own words, its summary and strengths, not its name', () => {
    expect(
      writesIn(records({ name: 'Sarah Miller', strengths: ['Japanese to English translation'] }), 'm'),
    ).toBe('en');
    expect(writesIn(records({ name: 'Emma Clarke', strengths: ['英語のレッスン', '翻訳'] }), 'm')).toBe('ja');
    expect(
      writesIn(
        records({ name: '山田', summary: 'Guide in Hagi', strengths: [{ text: 'Walking tours' }] }),
        'm',
      ),
    ).toBe('en');
    expect(
      writesIn(records({ name: 'X', strengths: [] }, { name: '盛岡ハブ', strengths: ['会議室'] }), 's'),
    ).toBe('ja');
  });

  it('is its name when it says nothing else, and unknown when as much is said in each', () => {
    expect(writesIn(records({ name: 'Liam Carter' }), 'm')).toBe('en');
    expect(writesIn(records({ name: '佐藤 美咲' }), 'm')).toBe('ja');
    expect(writesIn(records({ name: 'X', strengths: ['Web design', 'ロゴ'] }), 'm')).toBeUndefined();
    expect(writesIn(records({ name: '123' }), 'm')).toBeUndefined();
    expect(writesIn(records({ name: 'A' }), 'nobody')).toBeUndefined();
  });

  it('never throws on whatever a record holds', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.array(fc.string()), (name, summary, strengths) => {
        const lang = writesIn(records({ name, ...(summary === null ? {} : { summary }), strengths }), 'm');
        expect([undefined, 'ja', 'en']).toContain(lang);
      }),
    );
  });
});
