#!/usr/bin/env node
// Writes a synthetic data folder of a given size, for the speed benchmark.
//   node test/bench/generate.mjs DIR [--scale N]
// Scale 1: 200 spaces, 5,000 members, 15,000 needs, 10 mixers, 500 visits and 250 proposals. The
// speed benchmark's base folder is scale 0.4: 2,000 members and about 8,400 files.
// Deterministic: the same scale gives the same folder.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) {
  console.error('usage: node test/bench/generate.mjs DIR [--scale N]');
  process.exit(2);
}
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;

// A small seeded generator (mulberry32), so runs compare like with like.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const AREAS = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '東京都',
  '神奈川県',
  '愛知県',
  '京都府',
  '大阪府',
  '広島県',
  '愛媛県',
  '福岡県',
  '沖縄県',
];
const TOPICS = [
  '地元の野菜',
  '日本酒',
  '古民家',
  'クラフトビール',
  '子育て',
  '観光',
  '伝統工芸',
  '温泉',
  'カフェ',
  '農園',
  'IT',
  'アウトドア',
];
const STRENGTHS = [
  'ホームページ制作',
  'ロゴ制作',
  'SNS運用の代行',
  '商品撮影',
  '動画の編集',
  '英語の翻訳',
  '中国語の通訳',
  '確定申告の相談',
  '就業規則の作成',
  '補助金の申請サポート',
  'イベントの企画運営',
  'マルシェの運営',
  'ケータリング',
  '予約システムの構築',
  'スマホアプリの開発',
  'ネットショップの構築',
  'プレスリリースの作成',
  '学生インターンの紹介',
  'ドローンでの空撮',
  '店舗の内装デザイン',
  '契約書のチェック',
  'クラウド会計の導入',
  'Webマーケティング',
  'パッケージデザイン',
  'Instagram運用',
  'Export consulting',
  'Bilingual web design',
  'Event photography',
  'データ分析',
  '生成AIの研修',
];
const NEEDS = [
  'ホームページを作り直したい',
  '{t}の魅力をSNSで発信したい',
  'お客さんを増やしたい',
  '{t}の商品写真を撮りたい',
  '外国人観光客向けに英語の案内がほしい',
  '経理をクラウドに移したい',
  'アルバイトが集まらない',
  '{t}のイベントを開きたい',
  '予約の電話が多すぎる',
  '{t}をネットで販売したい',
  '新しいロゴがほしい',
  '補助金を使いたい',
  'スタッフの就業規則を整えたい',
  '{t}を海外に輸出したい',
  '紹介動画を作りたい',
  'Looking for someone to translate our {t} menu',
  '{t}の後継者を探している',
  '会員管理をエクセルからシステムに移したい',
  '倉庫の屋根を修理したい',
  '{t}の出資者を探している',
  // (a place one goes to: where parties are is then read for every helper)
  '{t}の勉強会を開く会場を探している',
];

const write = (kind, id, text) => {
  const folder = path.join(dir, kind);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, `${id}.yaml`), text);
};
// Block lists, as `mixer fmt` writes them: a team's folder is kept in canonical form.
const yamlList = (key, items) => `${key}:\n${items.map((i) => `  - ${i}\n`).join('')}`;
const date = () => `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;

fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'mixer.yaml'), 'lang: ja\n');

const count = (n) => Math.max(1, Math.round(n * scale));
const spaces = count(200);
const members = count(5000);
const needs = Math.round(15000 * scale);
const mixers = count(10);
// Visits and proposals come last, so that the rest is the same as before they were generated.
const visits = Math.round(500 * scale);
const proposals = Math.round(250 * scale);
for (let i = 0; i < mixers; i++)
  write('mixers', `mx-${i}`, `name: ミキサー ${i}\n${yamlList('spaces', [`s-${i % spaces}`])}`);
for (let i = 0; i < spaces; i++) {
  const area = pick(AREAS);
  write(
    'spaces',
    `s-${i}`,
    `name: ${area}ワークス ${i}\nkind: ${pick(['physical', 'virtual', 'hybrid'])}\narea: ${area}\n${yamlList('strengths', [pick(STRENGTHS)])}`,
  );
}
const owners = [];
for (let i = 0; i < members; i++) {
  const strengths = [pick(STRENGTHS), pick(STRENGTHS)];
  const space = `s-${Math.floor(random() * spaces)}`;
  const dnc = random() < 0.01 ? 'do_not_contact: true\n' : '';
  write(
    'members',
    `m-${i}`,
    `name: メンバー ${i}\nkind: ${pick(['person', 'company', 'community', 'organization'])}\n${yamlList('spaces', [space])}summary: ${pick(TOPICS)}の事業者\n${yamlList('strengths', strengths)}share: ${pick(['public', 'mixers'])}\n${dnc}`,
  );
}
for (let i = 0; i < needs; i++) {
  const title = pick(NEEDS).replace('{t}', pick(TOPICS));
  const status = random() < 0.85 ? 'open' : pick(['solved', 'dropped']);
  const owner = Math.floor(random() * members);
  owners.push(owner);
  write('needs', `n-${i}`, `owner: m-${owner}\ntitle: ${title}\nstatus: ${status}\nsince: ${date()}\n`);
}
for (let i = 0; i < visits; i++) {
  const met = [0, 1, 2].map(() => `m-${Math.floor(random() * members)}`);
  const notes =
    random() < 0.3 ? `notes: |-\n  ${pick(TOPICS)}の話が中心。\n  次回は${pick(STRENGTHS)}の相談。\n` : '';
  write(
    'visits',
    `v-${i}`,
    `space: s-${Math.floor(random() * spaces)}\ndate: ${date()}\nmixer: mx-${Math.floor(random() * mixers)}\nmode: onsite\n${yamlList('met', met)}${notes}cost: ${Math.floor(random() * 20) * 100}\n`,
  );
}
for (let i = 0; i < proposals; i++) {
  const need = Math.floor(random() * needs);
  const helper = (owners[need] + 1 + Math.floor(random() * (members - 1))) % members;
  write(
    'proposals',
    `p-${i}`,
    `need: n-${need}\nhelper: m-${helper}\nmixer: mx-${Math.floor(random() * mixers)}\nhistory:\n  - date: 2026-09-01\n    status: draft\n  - date: 2026-09-03\n    status: asked\n`,
  );
}
console.log(
  `${dir}: ${spaces} spaces, ${members} members, ${needs} needs, ${visits} visits, ${proposals} proposals, ${mixers} mixers`,
);
