// The public view of records (what may leave the team) and how a letter names a need.
import { describe, expect, it } from 'vitest';
import { needPhrase } from '../src/letters/subject.js';
import { letterAddress, type PublicRecords, publicNeed, publicParty } from '../src/records/public.js';
import { KIND_SCHEMAS, type Need } from '../src/records/schemas.js';

function records(members: Record<string, unknown>, spaces: Record<string, unknown> = {}): PublicRecords {
  const map = (kind: 'members' | 'spaces', list: Record<string, unknown>) =>
    new Map(Object.entries(list).map(([id, r]) => [id, { data: KIND_SCHEMAS[kind].parse(r) }]));
  return {
    members: map('members', members),
    spaces: map('spaces', spaces),
    mixers: new Map([['mx', { data: { name: '一ノ瀬', email: 'mx@example.jp' } }]]),
  } as unknown as PublicRecords;
}

const SPACES = {
  hub: {
    name: 'はなまきラボ',
    area: '岩手県花巻市',
    url: 'https://hub.example.jp',
    contacts: [{ name: '受付', email: 'desk@hub.example.jp' }],
  },
};

describe('publicParty', () => {
  it('shows a public member, without the strengths it keeps in the team', () => {
    const r = records(
      {
        farm: {
          name: '一関りんご農園',
          kind: 'company',
          spaces: ['hub'],
          summary: 'りんご農園',
          strengths: ['りんごの栽培', { text: '借入の相談', share: 'mixers' }],
          contact: { email: 'farm@example.jp' },
          share: 'public',
          notes: '社長は電話が苦手',
        },
      },
      SPACES,
    );
    expect(publicParty(r, 'farm')).toEqual({
      id: 'farm',
      kind: 'member',
      public: true,
      name: '一関りんご農園',
      spaces: ['はなまきラボ'],
      summary: 'りんご農園',
      strengths: ['りんごの栽培'],
      area: null,
      contact: { email: 'farm@example.jp', phone: null, url: null },
    });
  });

  it('hides a private member: no name, no summary, no contact; only what it marked public', () => {
    const r = records(
      {
        farm: {
          name: '一関りんご農園',
          kind: 'company',
          spaces: ['hub'],
          summary: 'りんご農園',
          strengths: ['りんごの栽培', { text: '果樹の剪定', share: 'public' }],
          contact: { email: 'farm@example.jp' },
        },
      },
      SPACES,
    );
    const p = publicParty(r, 'farm');
    expect([p.public, p.name, p.summary, p.contact, p.strengths]).toEqual([
      false,
      null,
      null,
      null,
      ['果樹の剪定'],
    ]);
    expect(p.spaces).toEqual(['はなまきラボ']);
  });

  it('follows contact.share over the member: a private member may share its contact, a public one may not', () => {
    const r = records({
      a: { name: 'A', kind: 'person', contact: { email: 'a@example.jp', share: 'public' } },
      b: { name: 'B', kind: 'person', contact: { email: 'b@example.jp', share: 'mixers' }, share: 'public' },
    });
    expect(publicParty(r, 'a').contact?.email).toBe('a@example.jp');
    expect(publicParty(r, 'b').contact).toBeNull();
  });

  it("shows a space's area and url, never its staff", () => {
    const p = publicParty(records({}, SPACES), 'hub');
    expect([p.name, p.area, p.contact]).toEqual([
      'はなまきラボ',
      '岩手県花巻市',
      { email: null, phone: null, url: 'https://hub.example.jp' },
    ]);
    expect(JSON.stringify(p)).not.toContain('desk@');
  });
});

describe('letterAddress', () => {
  const r = records(
    {
      pub: { name: 'P', kind: 'person', contact: { email: 'p@example.jp' }, share: 'public' },
      priv: { name: 'Q', kind: 'person', contact: { email: 'q@example.jp' } },
      none: { name: 'R', kind: 'person' },
    },
    SPACES,
  );

  it('writes to anyone at their own address when the letter is for them alone', () => {
    expect(['pub', 'priv', 'none', 'hub', 'mx'].map((id) => letterAddress(r, id, 'them'))).toEqual([
      'p@example.jp',
      'q@example.jp',
      null,
      'desk@hub.example.jp',
      'mx@example.jp',
    ]);
  });

  it("shows both sides only an address that may be printed: never a private member's, never a space's staff", () => {
    expect(['pub', 'priv', 'none', 'hub'].map((id) => letterAddress(r, id, 'both'))).toEqual([
      'p@example.jp',
      null,
      null,
      null,
    ]);
  });
});

describe('publicNeed and needPhrase', () => {
  const r = records({
    farm: { name: 'F', kind: 'company', share: 'public' },
    shy: { name: 'S', kind: 'company' },
  });
  const need = (title: string, extra: Partial<Need> = {}): Need => ({ owner: 'farm', title, ...extra });
  const phrase = (title: string, lang: 'ja' | 'en' = 'ja', extra: Partial<Need> = {}) => {
    const p = needPhrase(publicNeed(r, need(title, extra)), lang);
    return `${p.form}: ${p.subject}`;
  };

  it.each([
    ['サイトに載せるイラストを描いてくれる人を探している', 'seek: サイトに載せるイラストを描いてくれる人'],
    ['冬の雪かきを手伝ってくれる人がほしい', 'seek: 冬の雪かきを手伝ってくれる人'],
    ['駅前の空き店舗を使ってくれる起業家を探したい', 'seek: 駅前の空き店舗を使ってくれる起業家'],
    ['イベントの協賛企業を募集している', 'seek: イベントの協賛企業'],
    ['アプリ事業の資金調達をしたい', 'topic: アプリ事業の資金調達'],
    ['ネット販売の導入したい', 'topic: ネット販売の導入'],
    ['ドライバーの人手不足', 'topic: ドライバーの人手不足'],
    ['コーヒー豆をネットで販売したい', 'clause: 先日伺ったご相談'],
    ['平日の午後にお客さんが来ない', 'clause: 先日伺ったご相談'],
    ['Looking for a designer', 'quote: 先日伺ったご相談'],
  ])('ja: %s → %s', (title, expected) => {
    expect(phrase(title)).toBe(expected);
  });

  it.each([
    [
      'Looking for an interpreter for a visiting delegation',
      'seek: an interpreter for a visiting delegation',
    ],
    ['Need a co-host for meetups', 'seek: a co-host for meetups'],
    ['Need help with online sales', 'topic: online sales'],
    // "our" and "my" speak for the owner: the title is quoted as they said it.
    ['Need a co-host who can run our livestreamed meetups', 'quote: what you told me about'],
    ['Need help with my first tax return', 'quote: what you told me about'],
    ['Get local media coverage', 'quote: what you told me about'],
    ['コーヒー豆をネットで販売したい', 'quote: what you told me about'],
  ])('en: %s → %s', (title, expected) => {
    expect(phrase(title, 'en')).toBe(expected);
  });

  it("uses the need's own subject first, in any language", () => {
    expect(phrase('コーヒー豆をネットで販売したい', 'ja', { subject: 'コーヒー豆のネット販売' })).toBe(
      'topic: コーヒー豆のネット販売',
    );
    expect(phrase('コーヒー豆をネットで販売したい', 'en', { subject: 'online coffee sales' })).toBe(
      'topic: online coffee sales',
    );
  });

  it('says nothing of a need that is not public: not its title, not its subject', () => {
    for (const extra of [{ share: 'mixers' as const }, { owner: 'shy' }]) {
      const p = needPhrase(
        publicNeed(r, need('コーヒー豆をネットで販売したい', { subject: '豆の販売', ...extra })),
        'ja',
      );
      expect(p).toEqual({ form: 'private', subject: '先日伺ったご相談', title: null });
    }
  });
});
