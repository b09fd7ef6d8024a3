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
  'write.gone': takes<'file'>({
    ja: (p) => `${p.file} は書き込む前に消されていました。何も書いていません`,
    en: (p) => `${p.file} was removed before it could be written; nothing was written`,
  }),
  'write.changed': takes<'file'>({
    ja: (p) =>
      `${p.file} はこのコマンドが読んだ後に変更されました。古い内容で上書きしないよう、何も書いていません`,
    en: (p) =>
      `${p.file} was changed after this command read it; nothing was written, so that the change is not lost`,
  }),
  'hint.write-again': {
    ja: 'もう一度実行してください（今の内容から書き直します）',
    en: 'run the command again: it starts from the file as it is now',
  },
  'write.fs-failed': takes<'file' | 'code'>({
    ja: (p) => `${p.file} を書けませんでした（${p.code}）。何も書いていません（書いた分は元に戻しました）`,
    en: (p) => `could not write ${p.file} (${p.code}); nothing was written (what was, was undone)`,
  }),
  'hint.fs-permission': takes<'dir'>({
    ja: (p) => `フォルダ ${p.dir} に書き込む権限があるか確かめてください（ls -l で確認、chmod u+w で許可）`,
    en: (p) => `check that you may write to the folder ${p.dir} (ls -l shows it, chmod u+w allows it)`,
  }),
  'hint.fs-space': {
    ja: 'ディスクの空きを作ってからもう一度実行してください',
    en: 'free some disk space and run it again',
  },
  'hint.fs-readonly': {
    ja: 'データフォルダが読み取り専用の場所にあります。書き込める場所にクローンしてください',
    en: 'the data folder is on a read-only file system; clone it where you can write',
  },
  'hint.fs-other': {
    ja: 'ファイルとフォルダの状態を確かめてから、もう一度実行してください',
    en: 'check the file and its folder, then run it again',
  },
  'write.locked': takes<'pid' | 'host' | 'file'>({
    ja: (p) =>
      `別の mixer（${p.host} のプロセス ${p.pid}）がこのデータフォルダに書き込み中です。何も書いていません`,
    en: (p) =>
      `another mixer (process ${p.pid} on ${p.host}) is writing to this data folder; nothing was written`,
  }),
  'hint.write-locked': takes<'file'>({
    ja: (p) =>
      `終わるのを待ってもう一度実行してください。そのプロセスが動いていないなら ${p.file} を消してください`,
    en: (p) => `wait for it and run again; if that process no longer runs, delete ${p.file}`,
  }),
  'write.removed': { ja: '削除', en: 'removed' },
  'write.waiting': takes<'pid' | 'host'>({
    ja: (p) => `別の mixer（${p.host} のプロセス ${p.pid}）の書き込みが終わるのを待っています…`,
    en: (p) => `waiting for another mixer (process ${p.pid} on ${p.host}) to finish writing…`,
  }),
  'git.dirty': takes<'files'>({
    ja: (p) =>
      `コミットされていない変更があるファイルを書き換えることになるため、何も書いていません: ${p.files}`,
    en: (p) =>
      `these files have changes not committed, and --commit would take them along; nothing was written: ${p.files}`,
  }),
  'hint.git-dirty': {
    ja: '先にその変更をコミットするか（git commit）、しまってから（git stash）もう一度実行してください',
    en: 'commit those changes first (git commit), or put them aside (git stash), then run it again',
  },
  'git.branch-empty': { ja: '--branch にブランチ名がありません', en: '--branch has no branch name' },
  'git.branch-invalid': takes<'branch'>({
    ja: (p) => `「${p.branch}」はブランチ名として使えません`,
    en: (p) => `"${p.branch}" cannot be a branch name`,
  }),
  'hint.git-branch-name': {
    ja: '例: --branch visit/2026-11-20（空白や ~ ^ : ? * [ \\ を含まない名前）',
    en: 'e.g. --branch visit/2026-11-20 (no spaces, nor ~ ^ : ? * [ \\)',
  },
  'git.commit-failed': takes<'detail'>({
    ja: (p) =>
      `git commit に失敗しました（${p.detail}）。何も書いていません: 作業ツリーとインデックスは元のままです`,
    en: (p) =>
      `git commit failed (${p.detail}); nothing was written: the work tree and the index are as they were`,
  }),
  'hint.git-commit-failed': {
    ja: 'git の設定（user.name と user.email、フック）を確かめてからもう一度実行してください',
    en: 'check git (user.name and user.email, hooks) and run it again',
  },
  'git.branch-back': takes<'branch'>({
    ja: (p) => `ブランチ ${p.branch} に戻り、作ったブランチは消しました`,
    en: (p) => `back on the branch ${p.branch}; the new branch was deleted`,
  }),
  'git.branch-left': takes<'branch'>({
    ja: (p) => `作ったブランチ ${p.branch} から元のブランチに戻れませんでした。git switch - で戻ってください`,
    en: (p) => `could not go back from the new branch ${p.branch}; git switch - goes back`,
  }),
  'review.private-changed': takes<'name' | 'field'>({
    ja: (p) => `${p.name}: ${p.field}を変更（内容はレビューに載せません）`,
    en: (p) => `${p.name}: ${p.field} changed (not shown in a review)`,
  }),
  'review.rewritten': takes<'name' | 'field'>({
    ja: (p) => `${p.name}: ${p.field}の書き方を変更（内容は同じ）`,
    en: (p) => `${p.name}: ${p.field} written differently (same content)`,
  }),
  'brief.do-not-contact': takes<'space'>({
    ja: (p) => `${p.space} は連絡しない（do_not_contact）設定です。訪問の準備はしません`,
    en: (p) => `${p.space} is marked do_not_contact; there is no visit to prepare`,
  }),
  'public.need': { ja: '非公開の課題', en: 'a need not made public' },
  'public.party': { ja: 'メンバー（非公開）', en: 'a member (not public)' },
  'forget.not-member': takes<'id'>({
    ja: (p) => `${p.id} はメンバーではありません。forget が消すのはメンバー（人や団体）の記録です`,
    en: (p) => `${p.id} is not a member; forget removes a member's records (a person or an organisation)`,
  }),
  'hint.forget-not-member': {
    ja: 'スペースやミキサーの連絡先は、そのファイルを編集して消してください',
    en: "edit a space's or a mixer's file to remove its contact details",
  },
  'commit.forget': {
    ja: 'forget: 本人の求めによりメンバーを削除',
    en: 'forget: a member removed at their request',
  },
  'forget.mentions': takes<'count'>({
    ja: (p) => `自由記述にまだ名前か ID が ${p.count} か所あります。読んで直してください:`,
    en: (p) => `the name or id is still in free text, ${n(p.count, 'place')}; read and edit them:`,
  }),
  'forget.done': {
    ja: 'メンバーの記録、その課題、訪問の会った人と学んだこと、提案とその手紙を消しました。成約などの件数は匿名の提案として残っています',
    en: "the member's record, its needs, its place in visits, its proposals and their letters are removed; deals and other counts stay as anonymous proposals",
  },
  'forget.purge': {
    ja: 'git の履歴にはまだ古いファイルが残っています。消すには、新しく mirror クローンした中で（git clone --mirror <URL>）次を実行します（git filter-repo）:',
    en: 'git history still holds the old files. To purge it, in a fresh mirror clone (git clone --mirror <url>), run (git filter-repo):',
  },
  'forget.purge-first': {
    ja: 'まずこの変更をコミットし（git add -A && git commit）、共有のブランチにマージして push してください。履歴から消すのはそのあとです（まだ入っていない変更はクローンに写らず、BFG は最新のコミットにあるファイルを消しません）',
    en: 'first commit this change (git add -A && git commit), merge it into the shared branch and push it; purge the history only after that (a clone does not carry a change not yet in it, and BFG leaves the files of the newest commit alone)',
  },
  'forget.purge-bfg': { ja: 'または BFG Repo-Cleaner で:', en: 'or with the BFG Repo-Cleaner:' },
  'forget.purge-after': {
    ja: 'そのあと git push --force --mirror し、チーム全員にクローンし直してもらい、GitHub ならプルリクエストに残る表示の削除をサポートに依頼してください',
    en: 'then git push --force --mirror, have every teammate clone again, and on GitHub ask support to remove what pull requests still show',
  },
  'problem.reserved-id': takes<'id'>({
    ja: (p) => `「${p.id}」は mixer が使う予約語なので ID にできません`,
    en: (p) => `"${p.id}" is reserved by mixer and cannot be an id`,
  }),
} satisfies Messages;
