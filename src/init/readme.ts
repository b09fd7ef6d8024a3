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
設定は \`mixer.yaml\` にあります: メッセージと紹介文の言語（\`lang\`）、スペースを訪ねる間隔（\`visit_every_days\`）、
費用と成約金額の通貨（\`currency\`）。

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

## 最初のレコード

\`\`\`sh
npx mixer add-space --id hanamaki-lab --name 花巻ラボ --kind physical --area 岩手県花巻市
npx mixer add-mixer --id mx-ito --name "伊藤 学" --email "$(git config user.email)" --space hanamaki-lab
npx mixer add-member --id oda-farm --name 小田農園 --kind company --space hanamaki-lab --strength 米作り
\`\`\`

フラグで渡さなかった項目は端末で尋ねます。ミキサーのメールを \`git config user.email\` と同じにしておくと、
\`propose\` や \`add-visit\` があなたを書き手として選びます。

## 組み合わせから紹介まで

\`\`\`sh
npx mixer suggest                          # 強みと課題の組み合わせ（提案するコマンドも出ます）
npx mixer propose <課題> <助け手>          # 提案と、最初に打診する側への紹介文
npx mixer status <提案> asked-owner        # 送ったら記録。承諾のたびに次の紹介文が書かれます
\`\`\`

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

This repository is a mixer data folder: spaces, members, needs, visits, mixers and proposals,
one YAML file per record. \`mixer.yaml\` holds its settings: the language of messages and letters
(\`lang\`), how often to visit a space (\`visit_every_days\`), and the currency of costs and deal
values (\`currency\`).

## Once, on each machine

With Node.js 20.17 or newer (22 LTS or newer recommended) and npm, in this repository:

\`\`\`sh
npm install          # the mixer that package.json names, into node_modules/
npx mixer validate   # check every record
\`\`\`

mixer is a dev dependency of this repository (\`${pkg}\`), so everyone runs the same version.
If you run \`npx mixer\` before \`npm install\`, npx offers to install an unrelated package named
"mixer" from the registry: say no, and run \`npm install\` first.
Commit \`package.json\` and \`package-lock.json\` with the first commit (the checks install with \`npm ci\`).

## First records

\`\`\`sh
npx mixer add-space --name "Riverside Hub" --kind physical --area "Portland, Oregon"
npx mixer add-mixer --name "Alex Kim" --email "$(git config user.email)" --space riverside-hub
npx mixer add-member --name "Maria Lopez" --kind person --space riverside-hub --strength "logo design"
\`\`\`

Each command asks in a terminal for what its flags leave out. The id is made from the name; give
\`--id\` for a name without Latin letters (\`--id tanaka-hanako --name "田中 花子"\`). With the
mixer's email the same as \`git config user.email\`, \`propose\` and \`add-visit\` know which mixer
you are.

## From a pairing to an introduction

\`\`\`sh
npx mixer suggest                          # pairings, best first, and the command to propose one
npx mixer propose <need> <helper>          # the proposal and the first ask, a letter to send
npx mixer status <proposal> asked-owner    # once it is sent; each yes writes the next letter
\`\`\`

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
