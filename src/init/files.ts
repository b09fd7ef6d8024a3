// The files `mixer init` lays out for a team's data repository.
import { jsonSchemas } from '../records/json-schema.js';
import { KIND_FOLDERS } from '../records/schemas.js';
import type { Lang } from '../util/lang.js';

const workflow = `# Checks every pull request to this data repository with mixer.
name: mixer
on:
  pull_request:
  push:
    branches: [main]
jobs:
  check:
    runs-on: ubuntu-latest
    env:
      # Where mixer is installed from: your team's copy, as npm understands it
      # (a git URL such as git+https://example.org/team/mixer.git, or a tarball).
      MIXER_PACKAGE: ""
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: install mixer
        run: |
          if [ -z "$MIXER_PACKAGE" ]; then
            echo "Set MIXER_PACKAGE in .github/workflows/mixer.yml to where your team installs it from." >&2
            exit 1
          fi
          npm install --global "$MIXER_PACKAGE"
      - run: mixer validate
      - run: mixer fmt --check
      - name: mixer review
        if: github.event_name == 'pull_request'
        run: mixer review --base "origin/\${{ github.base_ref }}" >> "$GITHUB_STEP_SUMMARY"
`;

const prTemplate: Record<Lang, string> = {
  ja: `## 変更の内容

- [ ] 訪問の記録
- [ ] メンバー・強み・課題の追加や更新
- [ ] 提案の作成や状態の更新

## レビューで見てほしいこと

<!-- mixer review の結果はチェックのサマリーに出ます -->

## 確認

- [ ] \`mixer validate\` が通る
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

- [ ] \`mixer validate\` passes
- [ ] nothing that should be \`share: mixers\` is public
- [ ] no one marked \`do_not_contact\` is contacted
`,
};

const readme: Record<Lang, string> = {
  ja: `# ミキサーチームのデータ

このリポジトリは mixer のデータフォルダです。
スペース、メンバー、課題、訪問、ミキサー、提案を 1 レコード 1 ファイルの YAML で持ちます。

## 訪問を記録する

\`\`\`sh
git switch main && git pull
mixer add-visit --branch visit/$(date +%F) --commit   # 質問に答えるだけ
git push -u origin HEAD                                 # プルリクエストを作る
\`\`\`

## レビューする

プルリクエストごとに \`mixer validate\`、\`mixer fmt --check\`、\`mixer review\` が動き、
レビュー用の要約（追加・変更されたレコード、新しく生まれる組み合わせ）がチェックのサマリーに出ます。
手元では \`mixer review --base main\` で同じものを見られます。

## ふだん使うコマンド

- \`mixer due\` — 訪問の時期が来たスペース、返事待ちの提案
- \`mixer brief <スペース>\` — 次の訪問に持っていくもの
- \`mixer suggest\` — 強みと課題の組み合わせ
- \`mixer report --since 2026-01-01\` — 活動の成果

エディタ（VS Code と YAML 拡張）は \`schemas/\` を使って項目を補完・検査します。\nGitHub のチェックを動かすには、\`.github/workflows/mixer.yml\` の \`MIXER_PACKAGE\` に mixer の入手先を書いてください。
`,
  en: `# Our mixer data

This repository is a data folder of mixer: spaces,
members, needs, visits, mixers and proposals, one YAML file per record.

## Record a visit

\`\`\`sh
git switch main && git pull
mixer add-visit --branch visit/$(date +%F) --commit   # answer the questions
git push -u origin HEAD                                 # then open a pull request
\`\`\`

## Review

Every pull request runs \`mixer validate\`, \`mixer fmt --check\` and \`mixer review\`; the review
(records added and changed, the pairings the change makes possible) appears in the checks summary.
Locally, \`mixer review --base main\` shows the same.

## Every day

- \`mixer due\` — spaces due for a visit, proposals waiting for an answer
- \`mixer brief <space>\` — what to bring to the next visit
- \`mixer suggest\` — strength–need pairings
- \`mixer report --since 2026-01-01\` — what the work achieved

Editors (VS Code with the YAML extension) complete and check fields with \`schemas/\`.\nFor the GitHub checks, set \`MIXER_PACKAGE\` in \`.github/workflows/mixer.yml\` to where your team installs mixer from.
`,
};

/** Every file of a new data repository, by path. */
export function initFiles(lang: Lang): Record<string, string> {
  const schemas = jsonSchemas();
  const files: Record<string, string> = {
    'mixer.yaml': `# Settings of this data folder (data format v1).\nlang: ${lang}\nvisit_every_days: 14\ncurrency: JPY\nfollow_up_days: 14\n`,
    'glossary.yaml': `# Concepts that extend mixer's built-in glossary. Example:\n#\n# sake-brewing:\n#   label: {ja: 酒造り, en: Sake brewing}\n#   terms: [酒蔵, 日本酒, sake]\n#   broader: food\n{}\n`,
    'README.md': readme[lang],
    '.github/workflows/mixer.yml': workflow,
    '.github/pull_request_template.md': prTemplate[lang],
    '.vscode/settings.json': `${JSON.stringify(
      { 'yaml.schemas': Object.fromEntries(schemas.map((s) => [`./schemas/${s.file}`, s.glob])) },
      null,
      2,
    )}\n`,
  };
  for (const s of schemas) files[`schemas/${s.file}`] = `${JSON.stringify(s.schema, null, 2)}\n`;
  for (const kind of KIND_FOLDERS) files[`${kind}/.gitkeep`] = '';
  return files;
}
