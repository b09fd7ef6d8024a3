// Safety: files refused before they are read, merge conflicts, concurrent writers, failures that
// leave nothing half done, records left out, privacy, and forgetting a person.
import { type Messages, n, takes } from './types.js';

const mib = (bytes: number | string) => `${(Number(bytes) / 1024 / 1024).toFixed(1)} MiB`;

export const safety = {
  'problem.too-large': takes<'size' | 'max'>({
    ja: (p) =>
      `ファイルが大きすぎます（${mib(p.size)}。レコードは ${mib(p.max)} まで）。読まずに飛ばしました`,
    en: (p) => `the file is too large (${mib(p.size)}; a record is at most ${mib(p.max)}); it was not read`,
  }),
  'hint.too-large': {
    ja: '長い資料はデータフォルダの外に置き、レコードにはリンクを書いてください',
    en: 'keep long material outside the data folder and link to it from the record',
  },
  'problem.merge-conflict': {
    ja: 'マージの衝突が残っています（<<<<<<< / ======= / >>>>>>> の行）',
    en: 'a merge conflict is left in the file (<<<<<<< / ======= / >>>>>>> lines)',
  },
  'hint.merge-conflict': {
    ja: '両方の内容を残すように直して印の行を消し、git add してから mixer validate を実行してください',
    en: 'keep what both sides meant, delete the marker lines, git add the file, then run mixer validate',
  },
  'problem.too-deep': takes<'max'>({
    ja: (p) => `入れ子が深すぎます（${p.max} 段まで）。読まずに飛ばしました`,
    en: (p) => `nested too deeply (at most ${p.max} levels); the file was not read`,
  }),
  'hint.too-deep': {
    ja: 'レコードの入れ子は数段です。ファイルを書き直してください',
    en: 'a record nests only a few levels; write the file again',
  },
  'load.failed': takes<'count' | 'files'>({
    ja: (p) =>
      `${p.count} 件のファイルに問題があり、読み込めませんでした（この結果には含まれていません）: ${p.files}`,
    en: (p) =>
      `${n(p.count, 'file')} could not be read and ${Number(p.count) === 1 ? 'is' : 'are'} left out of this result: ${p.files}`,
  }),
  'load.failed-more': takes<'files' | 'more'>({
    ja: (p) => `${p.files} ほか ${p.more} 件`,
    en: (p) => `${p.files} and ${p.more} more`,
  }),
  'hint.load-failed': {
    ja: 'mixer validate で問題を確認して直してください',
    en: 'mixer validate shows what to fix',
  },
  'load.record-has-problems': takes<'id' | 'file'>({
    ja: (p) => `「${p.id}」（${p.file}）には問題があるため使えません`,
    en: (p) => `"${p.id}" (${p.file}) has problems and cannot be used`,
  }),
  'report.invalid-records': takes<'count' | 'files'>({
    ja: (p) => `集計に入るはずの ${p.count} 件のファイルに問題があるため、報告を作りません: ${p.files}`,
    en: (p) =>
      `${n(p.count, 'file')} the report would count cannot be read, so no report is made: ${p.files}`,
  }),
} satisfies Messages;
