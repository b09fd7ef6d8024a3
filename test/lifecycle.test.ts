// The double opt-in as data (src/records/lifecycle.ts): which letter waits to be sent, and the
// status that records it sent, on either path and for either side asked first.
import { describe, expect, it } from 'vitest';
import type { ProposalStatus, Side } from '../src/records/enums.js';
import { letterOfStatus, sentStatus, unsentLetter, wasIntroduced } from '../src/records/lifecycle.js';

describe('a letter written and not yet sent', () => {
  it.each<[ProposalStatus, Side, string | undefined, ProposalStatus | undefined]>([
    ['draft', 'owner', 'ask-owner', 'asked-owner'],
    ['draft', 'helper', 'ask-helper', 'asked-helper'],
    ['owner-accepted', 'owner', 'ask-helper', 'asked-helper'],
    ['helper-accepted', 'helper', 'ask-owner', 'asked-owner'],
    ['helper-accepted', 'owner', 'introduction', 'introduced'],
    ['owner-accepted', 'helper', 'introduction', 'introduced'],
    // An answer awaited, a meeting, and the old path's yes (which wrote no letter): nothing to send.
    ['asked-owner', 'owner', undefined, undefined],
    ['introduced', 'owner', undefined, undefined],
    ['accepted', 'owner', undefined, undefined],
  ])('at %s, asking the %s first: %s, recorded sent as %s', (status, first, letter, sent) => {
    expect(unsentLetter(status, first)).toBe(letter);
    expect(sentStatus(status, first)).toBe(sent);
    // Every letter but the first is the one the yes wrote.
    if (status !== 'draft') expect(letterOfStatus(status, first)).toBe(letter);
  });
});

describe('whether two sides were introduced', () => {
  it('counts the introduction, a meeting or a deal, on either path', () => {
    const history = (...statuses: ProposalStatus[]) => statuses.map((status) => ({ status }));
    expect(wasIntroduced(history('draft', 'asked', 'accepted', 'introduced'))).toBe(true);
    expect(wasIntroduced(history('draft', 'asked-owner', 'owner-accepted', 'closed'))).toBe(false);
    expect(wasIntroduced(history('draft', 'met'))).toBe(true);
  });
});
