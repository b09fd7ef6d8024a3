// Problems found while reading and checking a data folder (the store reports them as data).

import type { Lang } from '../../util/lang.js';
import { closest } from '../../util/text.js';
import type { FullWidthPlace, YamlMistake } from '../../util/yaml-mistakes.js';
import { foldTyped, labelForms, valueByLabelPart, valueWithLabel } from '../label-forms.js';
import { labels } from './labels.js';
import { records } from './records.js';
import { type Messages, n, takes } from './types.js';

/** How a problem names a value's type (zod's and JavaScript's names: `expected a string, got a list`). */
const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: { ja: '文字列', en: 'a string' },
  number: { ja: '数値', en: 'a number' },
  int: { ja: '数値', en: 'a number' },
  boolean: { ja: 'true/false', en: 'true or false' },
  array: { ja: 'リスト', en: 'a list' },
  object: { ja: 'マップ', en: 'a mapping' },
  null: { ja: '空の値', en: 'an empty value' },
};
const typeName = (lang: Lang, name: string | number) => TYPE_NAMES[name]?.[lang] ?? String(name);

/** What a reference should have named: a kind folder, `owner` or `party` (the labels in records.ts). */
const kindName = (lang: Lang, kind: string | number) =>
  (records as Messages)[`kind.${kind}`]?.[lang]?.toString() ?? String(kind);

/** The lists of values that have labels (labels.ts), each with its values: `share` → public, mixers. */
const LABELLED: Map<string, string[]> = (() => {
  const lists = new Map<string, string[]>();
  for (const key of Object.keys(labels)) {
    const [, list, value] = key.split('.') as [string, string, string];
    lists.set(list, [...(lists.get(list) ?? []), value]);
  }
  return lists;
})();

/** A value's labels in both languages, from the lists all of whose values the field allows. */
function labelsOf(value: string, allowed: readonly string[]): Array<Record<Lang, string>> {
  const found: Array<Record<Lang, string>> = [];
  for (const [list, values] of LABELLED)
    if (values.includes(value) && values.every((v) => allowed.includes(v)))
      found.push((labels as Record<string, Record<Lang, string>>)[`label.${list}.${value}`]!);
  return found;
}

/**
 * The allowed value a value not in the list stands for: one whose label it is (解決済み for solved,
 * or 公開 for the label 「公開（紹介文に書いてよい）」), or that differs in case or width only
 * (`Solved`, `ｓｏｌｖｅｄ`) — `sure`; else one it is a likely typo of (`introduce`).
 */
function meantValue(value: string, allowed: readonly string[]): { value: string; sure: boolean } | undefined {
  const typed = foldTyped(value);
  if (typed === '') return undefined;
  const sure = allowed.find(
    (v) =>
      v.toLowerCase() === typed ||
      labelsOf(v, allowed).some((l) => labelForms(l.ja).includes(typed) || labelForms(l.en).includes(typed)),
  );
  if (sure) return { value: sure, sure: true };
  const near =
    closest(typed, allowed) ??
    valueByLabelPart(
      typed,
      allowed.map((v) => ({ value: v, labels: labelsOf(v, allowed).flatMap((l) => [l.ja, l.en]) })),
    );
  return near ? { value: near, sure: false } : undefined;
}

/** A value with its label when that says more: `solved（解決済み）`, `public (may appear in letters)`. */
function withLabel(lang: Lang, value: string, allowed: readonly string[]): string {
  return valueWithLabel(lang, value, labelsOf(value, allowed)[0]?.[lang]);
}

/** What `hint.enum-value` says in `lang`: the value meant, or the values with their labels; or nothing. */
function enumHint(lang: Lang, typed: string, list: string): string {
  const allowed = list.split(', ');
  const meant = meantValue(typed, allowed);
  if (meant) {
    const label = labelsOf(meant.value, allowed)[0]?.ja;
    const ja = label && label !== meant.value ? `（${label}）` : '';
    if (meant.sure)
      return lang === 'ja'
        ? `${meant.value} と書いてください${ja}`
        : `write "${meant.value}"${foldTyped(typed) === meant.value ? '' : ` for "${typed}"`}`;
    return lang === 'ja' ? `もしかして「${meant.value}」${ja}?` : `did you mean "${meant.value}"?`;
  }
  // None meant: what each value is, where its label says more than the value itself.
  const shown = allowed.map((v) => withLabel(lang, v, allowed));
  if (shown.every((text, i) => text === allowed[i])) return '';
  return lang === 'ja'
    ? `値は英字の方で書きます: ${shown.join('、')}`
    : `write the value itself: ${shown.join(', ')}`;
}

/** A full-width space, where it is (what it breaks), and what to do with it. */
const FULL_WIDTH: Record<FullWidthPlace, { problem: Record<Lang, string>; fix: Record<Lang, string> }> = {
  blank: {
    problem: {
      ja: '全角スペース（U+3000）だけの行があります。YAML では全角スペースは空白ではなく文字です',
      en: 'a line holds only a full-width space (U+3000), which YAML reads as a letter, not a space',
    },
    fix: {
      ja: '全角スペースを消して空の行にしてください',
      en: 'delete the full-width space, leaving an empty line',
    },
  },
  indent: {
    problem: {
      ja: '字下げに全角スペース（U+3000）があります。YAML では全角スペースは字下げになりません',
      en: 'the indentation holds a full-width space (U+3000), which YAML does not take for indentation',
    },
    fix: {
      ja: '全角スペースを半角スペースに置き換えてください（字下げは 1 段に半角スペース 2 つ）',
      en: 'replace it with ordinary spaces (two spaces a level)',
    },
  },
  'after-colon': {
    problem: {
      ja: 'キーの「:」の後が全角スペース（U+3000）です。YAML は「: 」（半角スペース）でキーと値を分けます',
      en: 'a full-width space (U+3000) follows the key\'s ":"; YAML needs ": " with an ordinary space',
    },
    fix: {
      ja: '全角スペースを半角スペースに置き換えてください',
      en: 'replace the full-width space with an ordinary space',
    },
  },
  key: {
    problem: { ja: 'キーに全角スペース（U+3000）があります', en: 'a key holds a full-width space (U+3000)' },
    fix: { ja: '全角スペースを消してください', en: 'delete the full-width space' },
  },
  value: {
    problem: { ja: '値に全角スペース（U+3000）があります', en: 'a value holds a full-width space (U+3000)' },
    fix: {
      ja: '全角スペースを消してください（見えにくいので、示した行と列で確かめてください）',
      en: 'delete the full-width space (hard to see: look at the line and column given)',
    },
  },
};

/** The kinds whose ids are one space (parties): `party` is a space, a member and a mixer of one id. */
const PARTY_KINDS = ['party', 'spaces', 'members', 'mixers'];

/** Each kind of YAML mistake (util/yaml-mistakes.ts) in plain words, and how to fix it. */
const YAML_MISTAKE: Partial<Record<YamlMistake, Record<Lang, string>>> = {
  quote: { ja: '引用符（" または \'）が閉じられていません', en: 'a quote (" or \') is never closed' },
  'no-colon': { ja: 'キーの後に「:」がありません', en: 'a key is not followed by ":"' },
  'unclosed-bracket': { ja: '[ や { が閉じられていません', en: 'a [ or { is never closed' },
  indent: { ja: '字下げがそろっていません', en: 'the indentation does not line up' },
  'colon-in-value': {
    ja: '値の中に「: 」があるか、字下げが前の行とずれています',
    en: 'a value holds ": ", or a line is indented more than the one before',
  },
  'not-key-value': {
    ja: '「キー: 値」の形になっていない行があります',
    en: 'a line is not in the form "key: value"',
  },
  'text-after-end': {
    ja: '引用符や括弧を閉じた後にも文字が続いています',
    en: 'text follows a closing quote or bracket',
  },
  'dash-after-key': {
    ja: 'キーと同じ行に「- 」で始まる値があります',
    en: 'a value starting with "- " is on the same line as its key',
  },
  'list-indent': {
    ja: '「- 」の項目の字下げが前の項目とそろっていません',
    en: 'a "- " item is not indented like the items before it',
  },
  'several-documents': {
    ja: '--- で区切られた二つ目の文書があります',
    en: 'the file holds a second document after ---',
  },
  backslash: { ja: '"…" の中の \\ の書き方が使えません', en: 'a \\ inside "…" is not a valid escape' },
};

const YAML_FIX: Record<YamlMistake, Record<Lang, string>> = {
  quote: {
    ja: '値の終わりに同じ引用符を書き足してください',
    en: 'add the same quote at the end of the value',
  },
  'no-colon': {
    ja: 'キーの後に半角の「: 」を書いてください。値に # を含むなら値全体を "…" で囲んでください',
    en: 'write ": " after the key; if the value holds a #, put the whole value in "…"',
  },
  'unclosed-bracket': {
    ja: '閉じ括弧を書き足すか、「- 」で始まる一行ずつのリストにしてください',
    en: 'add the closing bracket, or write the list one "- " item per line',
  },
  indent: {
    ja: '同じ階層の行は同じ数のスペースで始めてください（タブは使えません）',
    en: 'start the lines of one level with the same number of spaces (no tabs)',
  },
  'colon-in-value': {
    ja: '値に「: 」を含むなら値全体を "…" で囲んでください。そうでなければ字下げを前の行にそろえてください',
    en: 'if the value holds ": ", put the whole value in "…"; else line the indentation up with the line before',
  },
  'not-key-value': {
    ja: 'キーの後は半角の「: 」です（全角の「：」は使えません）。続きの行なら字下げしてください',
    en: 'write a half-width ": " after the key (not a full-width "："); indent a continued line',
  },
  'reserved-start': { ja: '値全体を "…" で囲んでください', en: 'put the whole value in "…"' },
  'text-after-end': {
    ja: "値全体を \"…\" で囲み、中の \" は「」に変えてください（'…' で囲むなら中の ' は '' と書きます）",
    en: "put the whole value in \"…\" and write any \" inside it another way (inside '…', write ' as '')",
  },
  'dash-after-key': {
    ja: 'リストなら「- 」の項目を次の行から字下げして書き、文なら値全体を "…" で囲んでください',
    en: 'for a list, write each "- " item on a line of its own below the key, indented; for text, put the whole value in "…"',
  },
  'list-indent': {
    ja: '一つのリストの「- 」は同じ数のスペースで始めてください（箇条書きの文章なら、キーの後に | と書くと複数行の文章になります）',
    en: 'start every "- " of one list with the same number of spaces (for text with bullet lines, write | after the key to keep its lines)',
  },
  'several-documents': {
    ja: '1 つのファイルに 1 件のレコードです。--- の後ろは別のファイルにしてください',
    en: 'one file holds one record; move what follows --- to a file of its own',
  },
  backslash: {
    ja: "\\ を \\\\ と書くか、値全体を '…' で囲んでください",
    en: "write \\ as \\\\, or put the whole value in '…'",
  },
  other: {
    ja: '値に : や # を含むなら値全体を "…" で囲んでください',
    en: 'if a value holds : or #, put the whole value in "…"',
  },
};

export const problems = {
  'problem.yaml-syntax': takes<'detail' | 'what'>({
    // The parser's own English only where the mistake is not one of the known few.
    ja: (p) => `YAML の書式エラー: ${YAML_MISTAKE[p.what as YamlMistake]?.ja ?? p.detail}`,
    en: (p) => `YAML syntax error: ${YAML_MISTAKE[p.what as YamlMistake]?.en ?? p.detail}`,
  }),
  'hint.yaml-syntax': takes<'what'>({
    ja: (p) => YAML_FIX[p.what as YamlMistake]?.ja ?? YAML_FIX.other.ja,
    en: (p) => YAML_FIX[p.what as YamlMistake]?.en ?? YAML_FIX.other.en,
  }),
  'hint.yaml-sign-word': {
    ja: "記号で始まる語（&名前、!タグ）を消すか、値全体を '…' で囲んでください",
    en: "remove the word that starts with the sign (&name, !tag), or put the whole value in '…'",
  },
  'problem.yaml-sign': takes<'sign'>({
    ja: (p) => `YAML の書式エラー: 値が記号「${p.sign}」で始まっています（YAML では特別な意味があります）`,
    en: (p) => `YAML syntax error: a value starts with "${p.sign}", a sign YAML gives a meaning of its own`,
  }),
  'problem.duplicate-key': takes<'key'>({
    ja: (p) => `キー「${p.key}」が二度書かれています`,
    en: (p) => `the key "${p.key}" is written twice`,
  }),
  'hint.duplicate-key': { ja: '片方を消してください', en: 'remove one of them' },
  'problem.bom': { ja: 'ファイル先頭に BOM があります', en: 'the file starts with a byte order mark (BOM)' },
  'hint.bom': {
    ja: 'BOM なしの UTF-8 で保存するか mixer fmt を実行してください',
    en: 'save as UTF-8 without BOM, or run mixer fmt',
  },
  'problem.crlf': takes<'count' | 'files'>({
    ja: (p) =>
      Number(p.count) === 1 ? '改行が CRLF です' : `${p.count} 件のファイルの改行が CRLF です（${p.files}）`,
    en: (p) =>
      Number(p.count) === 1
        ? 'lines end with CRLF'
        : `${n(p.count, 'file')} with CRLF line ends (${p.files})`,
  }),
  'hint.crlf': {
    ja: 'mixer fmt で LF に直せます。どのクローンでも LF に保つには .gitattributes に「*.yaml text eol=lf」を書いてください（mixer init が書きます）',
    en: 'mixer fmt rewrites them with LF; to keep LF in every clone (core.autocrlf=true too), put "*.yaml text eol=lf" in .gitattributes (mixer init writes it)',
  },
  'problem.tab': { ja: 'インデントにタブ文字があります', en: 'a tab character is used for indentation' },
  'problem.fullwidth-space': takes<'where'>({
    ja: (p) => FULL_WIDTH[p.where as FullWidthPlace]?.problem.ja ?? FULL_WIDTH.value.problem.ja,
    en: (p) => FULL_WIDTH[p.where as FullWidthPlace]?.problem.en ?? FULL_WIDTH.value.problem.en,
  }),
  'hint.fullwidth-space': takes<'where'>({
    ja: (p) => FULL_WIDTH[p.where as FullWidthPlace]?.fix.ja ?? FULL_WIDTH.value.fix.ja,
    en: (p) => FULL_WIDTH[p.where as FullWidthPlace]?.fix.en ?? FULL_WIDTH.value.fix.en,
  }),
  'schema.fullwidth-space': takes<'value' | 'at'>({
    ja: (p) =>
      `「${p.value}」の ${p.at} 文字目に全角スペース（U+3000）があります。この項目には空白を書けません`,
    en: (p) =>
      `"${p.value}" holds a full-width space (U+3000) at character ${p.at}; this field takes no spaces`,
  }),
  'hint.tab': { ja: 'インデントは半角スペース2つです', en: 'indent with two spaces' },
  'problem.not-utf8': { ja: 'UTF-8 として読めません', en: 'the file is not valid UTF-8' },
  'hint.not-utf8': { ja: 'UTF-8 で保存し直してください', en: 'save it again as UTF-8' },
  'problem.alias-bomb': {
    ja: 'エイリアスの展開が多すぎます（エイリアス爆弾の疑い）',
    en: 'too many alias expansions (possible alias bomb)',
  },
  'hint.alias-bomb': {
    ja: 'アンカーとエイリアス（& と *）を使わずに書いてください',
    en: 'write the values out without anchors and aliases (& and *)',
  },
  'problem.not-mapping': {
    ja: 'レコードはキーと値の組（マップ）でなければなりません',
    en: 'a record must be a mapping of keys to values',
  },
  'problem.empty-file': {
    ja: 'ファイルに項目がありません（空か、コメントだけです）',
    en: 'the file has no fields (it is empty, or comments only)',
  },
  'hint.empty-file': {
    ja: 'レコードの項目を書くか、ファイルを削除してください',
    en: "write the record's fields in it, or delete the file",
  },
  'problem.outside-kinds': {
    ja: 'どの種類のフォルダにも入っていない YAML ファイルです',
    en: 'a YAML file outside the kind folders',
  },
  'hint.outside-kinds': takes<'kinds'>({
    ja: (p) => `${p.kinds} のどれかに移してください`,
    en: (p) => `move it into one of ${p.kinds}`,
  }),
  'problem.yml-extension': { ja: '拡張子が .yml です', en: 'the file name ends in .yml' },
  'hint.yml-extension': { ja: '.yaml に名前を変えてください', en: 'rename it to .yaml' },
  'problem.symlink-outside': takes<'target'>({
    ja: (p) => `データフォルダの外を指すシンボリックリンクです（${p.target}）`,
    en: (p) => `a symbolic link pointing out of the data folder (${p.target})`,
  }),
  'hint.symlink-outside': {
    ja: 'ファイルをフォルダ内にコピーしてください',
    en: 'copy the file into the folder instead',
  },
  'problem.symlink-broken': takes<'target'>({
    ja: (p) => `どのファイルも指していないシンボリックリンクです（${p.target}）`,
    en: (p) => `a symbolic link that leads to no file (${p.target})`,
  }),
  'hint.symlink-broken': {
    ja: 'リンクを削除するか、指す先のファイルを置いてください',
    en: 'remove the link, or put back the file it points to',
  },
  'problem.not-a-file': {
    ja: '通常のファイルではありません（パイプ、フォルダなど）',
    en: 'not a regular file (a pipe, a folder or the like)',
  },
  'hint.not-a-file': {
    ja: 'レコードは通常のファイルにしてください。レコードでなければ名前を .yaml 以外にしてください',
    en: 'make the record a regular file, or give what is not a record a name not ending in .yaml',
  },
  'problem.unreadable': takes<'detail'>({
    ja: (p) => `読めません: ${p.detail}`,
    en: (p) => `cannot be read: ${p.detail}`,
  }),
  'problem.bad-id': takes<'id'>({
    ja: (p) => `ファイル名「${p.id}」は ID として使えません`,
    en: (p) => `the file name "${p.id}" is not a valid id`,
  }),
  'hint.bad-id': {
    ja: '英小文字・数字・ハイフンで 64 文字まで（例: hakata-garage）',
    en: 'lower-case letters, digits and hyphens, at most 64 characters (e.g. hakata-garage)',
  },
  'problem.duplicate-id': takes<'id' | 'other'>({
    ja: (p) => `ID「${p.id}」は ${p.other} でも使われています`,
    en: (p) => `the id "${p.id}" is also used by ${p.other}`,
  }),
  'hint.duplicate-id': takes<'kind'>({
    ja: (p) =>
      PARTY_KINDS.includes(String(p.kind))
        ? 'スペース・メンバー・ミキサーの ID は全体で一意です。どちらかの名前を変えてください'
        : `${kindName('ja', p.kind)}の ID は${kindName('ja', p.kind)}の中で一意です（ID はファイル名で、サブフォルダに置いても変わりません）。どちらかの名前を変えるか、要らない方を消してください`,
    en: (p) =>
      PARTY_KINDS.includes(String(p.kind))
        ? 'space, member and mixer ids are unique across all three; rename one file'
        : `${kindName('en', p.kind)} ids are unique among ${kindName('en', p.kind)}s (the id is the file name, in a sub-folder too); rename one file, or remove the one not needed`,
  }),
  'problem.dangling': takes<'id' | 'kind'>({
    ja: (p) => `「${p.id}」という${kindName('ja', p.kind)}はありません`,
    en: (p) => `no ${kindName('en', p.kind)} with the id "${p.id}"`,
  }),
  'problem.history-date': takes<'prev'>({
    ja: (p) => `履歴の日付が前の項目（${p.prev}）より前です`,
    en: (p) => `this history date is earlier than the entry before it (${p.prev})`,
  }),
  'problem.history-move': takes<'from' | 'to'>({
    ja: (p) => `「${p.from}」から「${p.to}」へは進めません`,
    en: (p) => `a proposal cannot move from "${p.from}" to "${p.to}"`,
  }),
  'hint.history-move': takes<'next'>({
    ja: (p) => `次に進めるのは ${p.next}。訂正なら note を「[forced]」で始めてください`,
    en: (p) => `allowed next: ${p.next}; for a correction start the note with "[forced]"`,
  }),
  'problem.history-start': { ja: '履歴は draft から始まります', en: 'the history starts with draft' },
  'problem.open-do-not-contact': takes<'id'>({
    ja: (p) => `「${p.id}」は連絡しない（do_not_contact）設定ですが、この提案はまだ終わっていません`,
    en: (p) => `"${p.id}" is marked do_not_contact, but this proposal is still open`,
  }),
  'problem.success-not-introduced': {
    ja: '紹介していない提案に成約・協業の結果があります',
    en: 'a proposal never introduced has a deal or a collaboration as its outcome',
  },
  'hint.success-record': {
    ja: '紹介したなら履歴に introduced を足し、していないなら結果を none にしてください',
    en: 'if they were introduced, add introduced to the history; if not, make the outcome none',
  },
  'hint.outcome-deal': {
    ja: '成約なら結果を deal か collaboration に、成果がなかったなら状態を closed にしてください',
    en: 'for a deal, make the outcome deal or collaboration; if nothing came of it, make the status closed',
  },
  'problem.deal-none': {
    ja: '状態が deal（成約）なのに結果が none（成果なし）です',
    en: 'the status is deal but the outcome is none',
  },
  'problem.outcome-status': {
    ja: 'outcome は状態が deal か closed のときだけ書けます',
    en: 'an outcome belongs only to a proposal that is deal or closed',
  },
  'problem.glossary-unknown': takes<'id'>({
    ja: (p) => `概念「${p.id}」は用語集にありません`,
    en: (p) => `no concept "${p.id}" in the glossary`,
  }),
  'problem.glossary-term-twice': takes<'term' | 'other'>({
    ja: (p) => `用語「${p.term}」は概念「${p.other}」にもあります`,
    en: (p) => `the term "${p.term}" also belongs to the concept "${p.other}"`,
  }),
  'problem.glossary-cycle': takes<'path'>({
    ja: (p) => `broader が循環しています（${p.path}）`,
    en: (p) => `broader links form a cycle (${p.path})`,
  }),
  'schema.required': { ja: '必須の項目がありません', en: 'required field is missing' },
  'hint.dash-space': {
    ja: 'リストの項目は「- 」（- の後に半角スペース）で始めてください',
    en: 'start each list item with "- " (a space after the dash)',
  },
  'hint.type-list': takes<'key' | 'item'>({
    ja: (p) =>
      p.key === ''
        ? `項目の下の行に 1 行に 1 項目ずつ「  - ${p.item}」のように書いてください`
        : `「${p.key}:」の次の行から、1 行に 1 項目ずつ「  - ${p.item}」のように書いてください`,
    en: (p) =>
      p.key === ''
        ? `write one item a line below it, as "  - ${p.item}"`
        : `write "${p.key}:" and below it one item a line, as "  - ${p.item}"`,
  }),
  'hint.type-map': takes<'key' | 'sub' | 'value'>({
    ja: (p) =>
      p.key === ''
        ? `「- ${p.sub}: ${p.value}」の形で書いてください`
        : `「${p.key}:」の次の行に、字下げして「  ${p.sub}: ${p.value}」のように書いてください`,
    en: (p) =>
      p.key === ''
        ? `write it as "- ${p.sub}: ${p.value}"`
        : `write "${p.key}:" and on the line below it, indented, "  ${p.sub}: ${p.value}"`,
  }),
  'schema.type': takes<'expected' | 'received' | 'value'>({
    ja: (p) =>
      `${typeName('ja', p.expected)}であるべきところが${typeName('ja', p.received)}（${p.value}）です`,
    en: (p) => `expected ${typeName('en', p.expected)}, got ${typeName('en', p.received)} (${p.value})`,
  }),
  'schema.unknown-key': takes<'key'>({
    ja: (p) => `知らない項目「${p.key}」`,
    en: (p) => `unknown field "${p.key}"`,
  }),
  'hint.did-you-mean': takes<'key'>({
    ja: (p) => `もしかして「${p.key}」?`,
    en: (p) => `did you mean "${p.key}"?`,
  }),
  'hint.allowed-keys': takes<'keys'>({ ja: (p) => `使える項目: ${p.keys}`, en: (p) => `allowed: ${p.keys}` }),
  'schema.enum': takes<'value' | 'values'>({
    ja: (p) => `「${p.value}」は使えません。次のどれかにしてください: ${p.values}`,
    en: (p) => `"${p.value}" is not allowed; use one of: ${p.values}`,
  }),
  'hint.enum-value': takes<'value' | 'values'>({
    ja: (p) => enumHint('ja', String(p.value), String(p.values)),
    en: (p) => enumHint('en', String(p.value), String(p.values)),
  }),
  'schema.id': takes<'value'>({
    ja: (p) => `「${p.value}」は ID として使えません。英小文字・数字・ハイフンで 64 文字までです`,
    en: (p) => `"${p.value}" is not an id: lower-case letters, digits and hyphens, at most 64 characters`,
  }),
  'schema.date': takes<'value' | 'min' | 'max'>({
    ja: (p) =>
      `「${p.value}」は日付として使えません。${p.min}〜${p.max} の実在する日を YYYY-MM-DD で書きます`,
    en: (p) => `"${p.value}" is not a date: a real day from ${p.min} to ${p.max}, written YYYY-MM-DD`,
  }),
  'hint.date-as': takes<'date'>({
    ja: (p) => `"${p.date}" と書いてください`,
    en: (p) => `write "${p.date}"`,
  }),
  'schema.email': takes<'value'>({
    ja: (p) =>
      `「${p.value}」はメールアドレスとして使えません（名前@ドメイン の形で、空白・改行・<>,; を含まない）`,
    en: (p) => `"${p.value}" is not an e-mail address (name@domain, without spaces, line breaks or <>,;)`,
  }),
  'schema.github': takes<'value'>({
    ja: (p) => `「${p.value}」は GitHub のユーザー名として使えません（英数字とハイフン、39 文字まで）`,
    en: (p) => `"${p.value}" is not a GitHub user name (letters, digits and hyphens, at most 39)`,
  }),
  'schema.empty': { ja: '空にはできません', en: 'must not be empty' },
  'schema.too-small': takes<'min' | 'value'>({
    ja: (p) => `${p.value} は小さすぎます。${p.min} 以上にしてください`,
    en: (p) => `${p.value} is too small: it must be at least ${p.min}`,
  }),
  'schema.not-above': takes<'min' | 'value'>({
    ja: (p) => `${p.value} は小さすぎます。${p.min} より大きくしてください`,
    en: (p) => `${p.value} is too small: it must be more than ${p.min}`,
  }),
  'schema.too-big': takes<'max' | 'value'>({
    ja: (p) => `${p.value} は大きすぎます。${p.max} 以下にしてください`,
    en: (p) => `${p.value} is too large: it must be at most ${p.max}`,
  }),
  'schema.too-long': takes<'max' | 'length'>({
    ja: (p) => `長すぎます（${p.length} 文字。この項目は ${p.max} 文字まで）`,
    en: (p) => `too long: ${p.length} characters, at most ${p.max}`,
  }),
  'hint.too-long': {
    ja: '要点だけにするか、長い記録は別の場所に置いてリンクしてください',
    en: 'keep the gist, or keep long material elsewhere and link to it',
  },
  'schema.too-few': takes<'min'>({
    ja: (p) => `${p.min} 件以上必要です`,
    en: (p) => `needs at least ${n(p.min, 'item')}`,
  }),
  'schema.too-many': takes<'max' | 'count'>({
    ja: (p) => `多すぎます（${p.count} 件。${p.max} 件まで）`,
    en: (p) => `too many: ${n(p.count, 'item')}, at most ${p.max}`,
  }),
  'schema.line-break': takes<'at'>({
    ja: (p) => `${p.at} 文字目に改行があります。この項目は 1 行で書きます`,
    en: (p) => `a line break at character ${p.at}; this field is one line`,
  }),
  'hint.line-break': {
    ja: '改行を消すか、長い説明は notes や detail に書いてください',
    en: 'remove the line break, or put longer text in notes or detail',
  },
  'schema.control-char': takes<'char' | 'escaped' | 'at'>({
    ja: (p) => `${p.at} 文字目に制御文字 ${p.char}（${p.escaped}）があります`,
    en: (p) => `a control character ${p.char} (${p.escaped}) at character ${p.at}`,
  }),
  'hint.control-char': {
    ja: 'その文字を消してください（コピー＆ペーストで紛れ込むことがあります）',
    en: 'remove it (copy and paste sometimes brings such characters in)',
  },
  'schema.strength': {
    ja: '強みは文字列か { text, tags, share } です',
    en: 'a strength is a string or { text, tags, share }',
  },
  'schema.integer': takes<'value'>({
    ja: (p) => `${p.value} は整数ではありません。整数にしてください`,
    en: (p) => `${p.value} is not a whole number`,
  }),
  'schema.not-finite': takes<'value'>({
    ja: (p) => `${p.value} は数として使えません。普通の数を書いてください`,
    en: (p) => `${p.value} is not a usable number; write an ordinary number`,
  }),
  'schema.invalid': takes<'detail'>({
    ja: (p) => `値が正しくありません: ${p.detail}`,
    en: (p) => `invalid value: ${p.detail}`,
  }),
  'validate.ok': takes<'dir' | 'count'>({
    ja: (p) => `✓ ${p.dir}: ${p.count} 件のレコードに問題はありません`,
    en: (p) => `✓ ${p.dir}: ${n(p.count, 'record')}, no problems`,
  }),
  'validate.failed': takes<'problems' | 'files'>({
    ja: (p) => `✗ ${p.problems} 件の問題（${p.files} ファイル）`,
    en: (p) => `✗ ${n(p.problems, 'problem')} in ${n(p.files, 'file')}`,
  }),
  'validate.next': {
    ja: '直したら mixer validate をもう一度実行してください',
    en: 'fix them and run mixer validate again',
  },
  'hint.similar': takes<'ids' | 'command'>({
    ja: (p) => `もしかして: ${p.ids}（一覧は ${p.command}）`,
    en: (p) => `did you mean: ${p.ids}? (${p.command} lists them)`,
  }),
  'hint.list': takes<'command'>({
    ja: (p) => `一覧は ${p.command} で確認できます`,
    en: (p) => `${p.command} lists them`,
  }),
} satisfies Messages;
