// The built-in glossary: every glossary/*.yaml loads into one consistent set of concepts, the
// exclusive families are real families, and everyday wording lands on the intended concept.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConceptIndex } from '../src/match/concepts.js';
import { defaultGlossary, glossaryProblems } from '../src/store/glossary.js';
import { ROOT } from './helpers.js';

const glossary = defaultGlossary();
const index = new ConceptIndex(glossary);
const ids = Object.keys(glossary);
const concepts = (text: string) => [...new Set(index.find(text).hits.map((h) => h.concept))].sort();
const members = (family: string) => ids.filter((id) => glossary[id]!.broader === family);
const descendants = (family: string): string[] => members(family).flatMap((id) => [id, ...descendants(id)]);

describe('the built-in glossary', () => {
  it('loads from one file per area, with at least 400 concepts and no problems', () => {
    const files = fs.readdirSync(path.join(ROOT, 'glossary')).filter((n) => n.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(15);
    const perFile = files.map((n) =>
      Object.keys(parse(fs.readFileSync(path.join(ROOT, 'glossary', n), 'utf8'))),
    );
    expect(perFile.flat().length).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(400);
    expect(glossaryProblems(glossary, glossary)).toEqual([]);
  });

  it('labels every concept in both languages and gives it terms', () => {
    for (const id of ids) {
      const c = glossary[id]!;
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.label.ja && c.label.en, id).toBeTruthy();
      expect(c.terms.length, id).toBeGreaterThanOrEqual(1);
    }
  });

  it('points broader and solves only at concepts that exist', () => {
    for (const id of ids) {
      const c = glossary[id]!;
      if (c.broader) expect(glossary[c.broader], `${id}.broader`).toBeDefined();
      for (const target of c.solves ?? []) expect(glossary[target], `${id}.solves ${target}`).toBeDefined();
    }
  });

  it('gives every exclusive family at least two members', () => {
    const families = ids.filter((id) => glossary[id]!.exclusive);
    expect(families.length).toBeGreaterThanOrEqual(10);
    for (const family of families) expect(members(family).length, family).toBeGreaterThanOrEqual(2);
  });

  it('has the families the matcher needs to tell alternatives apart', () => {
    expect(descendants('translation').length).toBeGreaterThanOrEqual(20);
    expect(descendants('performing-arts').length).toBeGreaterThanOrEqual(20);
    expect(descendants('crops').filter((id) => members(id).length === 0).length).toBeGreaterThanOrEqual(30);
    expect(members('licensed-professions').length).toBeGreaterThanOrEqual(12);
    expect(members('japan-regions')).toHaveLength(8);
    // 47 prefectures: Hokkaido is a region and a prefecture at once
    expect(descendants('japan-regions').filter((id) => members(id).length === 0)).toHaveLength(47);
    for (const family of ['crafts', 'sports', 'welfare', 'seafood', 'livestock', 'pets', 'repair'])
      expect(glossary[family]!.exclusive, family).toBe(true);
  });
});

describe('everyday wording lands on the intended concept', () => {
  it('reads what is asked for', () => {
    expect(concepts('テーブルと椅子を作ってくれる人を探している')).toContain('furniture');
    expect(index.ancestors('furniture')).toContain('woodwork');
    expect(concepts('韓国語のメニューを作りたい')).toContain('korean');
    expect(index.ancestors('korean')).toEqual(['translation']);
    expect(concepts('津軽三味線を習いたい')).toEqual(['tsugaru-shamisen']);
    expect(index.ancestors('tsugaru-shamisen')).toEqual(['shamisen', 'music', 'performing-arts']);
    expect(concepts('岩手県の補助金を探している')).toEqual(['iwate', 'subsidy']);
    expect(concepts('牡蠣の養殖をしている漁師')).toEqual(['aquaculture', 'fishery', 'oyster']);
    expect(concepts('Need someone to fix our broken chairs')).toEqual(['furniture', 'repair']);
  });

  it('reads symptoms, and the services that solve them say so', () => {
    const solves = (service: string) => glossary[service]!.solves ?? [];
    expect(concepts('手が回らない')).toEqual(['workload']);
    expect(solves('outsourcing')).toContain('workload');
    expect(solves('automation')).toContain('workload');
    expect(concepts('お客さんが道に迷って店にたどり着けない')).toEqual(['wayfinding']);
    expect(solves('signage')).toContain('wayfinding');
    expect(concepts('募集しても応募が来ない')).toEqual(['staffing']);
    expect(solves('recruiting-support')).toContain('staffing');
    expect(concepts('せっかく育てた若手がすぐ辞めてしまう')).toEqual(['staff-retention']);
    expect(concepts('平日の昼は閑古鳥が鳴いている')).toEqual(['customer-acquisition']);
    expect(concepts('地元の人にも知られていない')).toEqual(['brand-awareness']);
    expect(concepts('古い扉がガタガタで困っている')).toEqual(['repair']);
    expect(concepts('エアコンが壊れた')).toEqual(['appliance-repair', 'repair']);
  });

  it('does not read a term inside an unrelated word', () => {
    // 京都 inside 東京都, 梨 inside 山梨, 鹿 inside 鹿児島, 米 inside 米国
    expect(concepts('東京都内で店を開きたい')).not.toContain('kyoto');
    expect(concepts('山梨のワイナリー')).toEqual(['wine', 'yamanashi']);
    expect(concepts('鹿児島の焼酎')).toEqual(['kagoshima', 'spirits']);
    expect(concepts('米国への輸出')).not.toContain('rice');
    // kana that hide in everyday phrases: は+まちづくり, カメラマン+が, 時間が+たつ, 見+直して
    expect(concepts('私はまちづくりをしている')).toEqual(['community']);
    expect(concepts('写真を撮ってくれるカメラマンがほしい')).toEqual(['photo']);
    expect(concepts('時間がたつにつれて')).toEqual([]);
    expect(concepts('事業計画を見直してほしい')).toEqual(['business-plan']);
    expect(concepts('お店のロゴを作り直したい')).toEqual(['logo']);
    expect(concepts('田中さんまで連絡をください')).toEqual([]);
  });
});
