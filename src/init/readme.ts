// The README and the pull request template of a team's data repository, in the team's language.
import type { Lang } from '../util/lang.js';

export const PR_TEMPLATE: Record<Lang, string> = {
  ja: `## 変更の内容

- [ ] 訪問の記録
- [ ] メンバー・強み・課題の追加や更新
- [ ] 提案の作成や状態の更新

## レビューで見てほしいこと

<!-- mixer review の結果はチェックのサマリーに出ます -->

## 確認

- [ ] \`npx mixer validate\` が通る
- [ ] \`share: mixers\` にすべき情報を公開にしていない
- [ ] \`do_not_contact\` の人に連絡する変更ではない
`,
  en: `## What changed

- [ ] a visit
- [ ] members, strengths or needs added or updated
- [ ] proposals written or moved

## What to look at

<!-- mixer review writes its report to the checks summary -->

## Checks

- [ ] \`npx mixer validate\` passes
- [ ] nothing that should be \`share: mixers\` is public
- [ ] no one marked \`do_not_contact\` is contacted
`,
};

/** The team's README; `pkg` is the package name in package.json (`@mixer-tools/mixer`). */
export function teamReadme(lang: Lang, pkg: string): string {
  if (lang === 'ja')
    return `# ミキサーチームのデータ

このリポジトリは mixer のデータフォルダです。
スペース、メンバー、課題、訪問、ミキサー、提案を 1 レコード 1 ファイルの YAML で持ちます。

## 最初に一度だけ

Node.js 20.17 以上（22 以降の LTS を推奨）と npm を入れて、このリポジトリで:

\`\`\`sh
npm install          # package.json が指定する版の mixer が node_modules/ に入ります
npx mixer validate   # 全レコードを検査
\`\`\`

mixer はこのリポジトリの開発用の依存（\`${pkg}\`）なので、全員が同じ版を使います。
\`npm install\` の前に \`npx mixer\` を実行すると、npx がレジストリの別のパッケージ「mixer」を入れようと
尋ねます。断って、先に \`npm install\` を実行してください。
最初のコミットには \`package.json\` と \`package-lock.json\` を含めてください（チェックは \`npm ci\` で入れます）。

## 訪問を記録する

\`\`\`sh
git switch main && git pull
npx mixer add-visit --branch visit/$(date +%F) --commit   # 質問に答えるだけ
git push -u origin HEAD                                     # プルリクエストを作る
\`\`\`

## レビューする

プルリクエストごとに \`mixer validate\`、\`mixer fmt --check\`、\`mixer review\` が動き、
レビュー用の要約（追加・変更されたレコード、新しく生まれる組み合わせ）がチェックのサマリーに出ます。
検査が失敗しても要約は出ます。手元では \`npx mixer review --base main\` で同じものを見られます。

## ふだん使うコマンド

- \`npx mixer due\` — 訪問の時期が来たスペース、返事待ちの提案
- \`npx mixer brief <スペース>\` — 次の訪問に持っていくもの
- \`npx mixer suggest\` — 強みと課題の組み合わせ
- \`npx mixer report --since 2026-01-01\` — 活動の成果
- \`npx mixer fmt\` — レコードを決まった書式に整える（改行 CRLF もここで直ります）

## mixer の版を上げる

\`package.json\` の \`${pkg}\` の入手先を新しい版のものに書き換えて \`npm install\` し、
\`package.json\` と \`package-lock.json\` をコミットします。

## エディタと改行

VS Code は YAML 拡張（redhat.vscode-yaml）を勧めます。\`schemas/\` を使って項目の説明、補完、検査をします。
\`.gitattributes\` が YAML と Markdown の改行を LF に保つので、Windows（\`core.autocrlf=true\`）でもそのまま検査が通ります。
`;
  return `# Our mixer data

This repository is a data folder of mixer: spaces,
members, needs, visits, mixers and proposals, one YAML file per record.

## Once, on each machine

With Node.js 20.17 or newer (an LTS from 22 on is best) and npm, in this repository:

\`\`\`sh
npm install          # the mixer that package.json names, into node_modules/
npx mixer validate   # check every record
\`\`\`

mixer is a dev dependency of this repository (\`${pkg}\`), so everyone runs the same version.
Run \`npx mixer\` before \`npm install\` and npx offers to install an unrelated registry package named
"mixer": say no, and run \`npm install\` first.
Commit \`package.json\` and \`package-lock.json\` with the first commit (the checks install with \`npm ci\`).

## Record a visit

\`\`\`sh
git switch main && git pull
npx mixer add-visit --branch visit/$(date +%F) --commit   # answer the questions
git push -u origin HEAD                                     # then open a pull request
\`\`\`

## Review

Every pull request runs \`mixer validate\`, \`mixer fmt --check\` and \`mixer review\`; the review
(records added and changed, the pairings the change makes possible) appears in the checks summary,
also when a check fails. Locally, \`npx mixer review --base main\` shows the same.

## Every day

- \`npx mixer due\` — spaces due for a visit, proposals waiting for an answer
- \`npx mixer brief <space>\` — what to bring to the next visit
- \`npx mixer suggest\` — strength–need pairings
- \`npx mixer report --since 2026-01-01\` — what the work achieved
- \`npx mixer fmt\` — records in canonical form (this also turns CRLF line ends into LF)

## A newer mixer

Point \`${pkg}\` in \`package.json\` at the newer version's source, run \`npm install\`, and commit
\`package.json\` and \`package-lock.json\`.

## Editors and line ends

VS Code recommends the YAML extension (redhat.vscode-yaml), which describes, completes and checks
fields with \`schemas/\`. \`.gitattributes\` keeps YAML and Markdown files with LF line ends, so a
Windows clone (\`core.autocrlf=true\`) validates as it is.
`;
}
