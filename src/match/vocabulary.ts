// Small word lists of the language itself (not of any domain): grammar to drop, and everyday
// business words that appear in so many needs and offers that sharing one says little.
import { normalize } from '../util/normalize.js';

/** Hiragana words of three or more characters that are grammar, not content. */
export const STOP_JA = new Set(
  (
    'ください いただく いただき いただけ ほしい ほしく ほしか たくさん いろいろ ところ ような ように くらい ぐらい ばかり ' +
    'しまう しまい しまっ ちゃう ありません あります ございます おります いません いない できる できない できれ ' +
    'すること ものの けれど けれども それで それから そして しかし ですが でした ません ましょう だけど なので ' +
    'みたい らしい かもしれ とても すごく もっと ちょっと なかなか あまり まだ もう すぐ など なんか どうにか ' +
    'やって やりたい したい したく している していた してる くれる くれない もらう もらえ もらい あげる ' +
    'ときの ときに ときは ときも ときには ための ために ところが ところに ところで ことに'
  ).split(' '),
);

/**
 * Grammar and the commonest words of English (about the 400 most frequent): they say nothing about
 * what is offered or needed. Stems are listed as `stemEnglish` leaves them too (com for come).
 */
export const STOP_EN = new Set(
  (
    'a an the of to for in on at by with and or but not no nor our ours we us my me mine i you your yours their ' +
    'theirs they them it its is are be been being was were am this that these those from as into onto about above ' +
    'below over under up down out off again some someone somebody something anyone anything everyone everything ' +
    'any can could would will should shall may might must do does did done doing have has had having get gets got ' +
    'getting need needs needed want wants wanted looking look looks like likes liked help helps helping helped ' +
    'please who whom whose what which when where how why more most very much many also just so than then there here ' +
    'all each every both either neither other others another such only own same too one two three first last next ' +
    'new old good best better great little big small long short high low right left way ways thing things time times ' +
    'day days week weeks month months year years people person man men woman women kid kids guy guys lot lots bit ' +
    'keep keeps kept make makes made making take takes took taken taking give gives gave given go goes went gone ' +
    'going come comes came coming see sees saw seen know knows knew known think thinks thought say says said tell ' +
    'tells told ask asks asked asking try tries tried trying use uses used using find finds found put puts call ' +
    'calls called work works worked working seem seems feel feels felt leave leaves left turn turns start starts ' +
    'started show shows showed move moves live lives lived run runs ran bring brings brought happen happens begin ' +
    'begins began let lets set sets stop stops stopped mean means meant become becomes became able unable actually ' +
    'really still even ever never always often sometimes usually already yet soon now today tomorrow yesterday ' +
    'around through during before after while until since because though although if unless whether else instead ' +
    'enough quite rather almost maybe perhaps probably sure well back away together anyway somehow something ' +
    'nothing lot ok okay yes hi hello thanks thank sorry dont doesnt cant wont isnt arent im ive id youre theyre ' +
    'weve lets etc via per vs'
  ).split(' '),
);

/**
 * Kanji that stand alone in everyday writing as grammar, counting, time, place or person (人が,
 * 方を, 何か, 前に), as a verb or as an adverb: a single kanji other than these is a noun that
 * names a thing (牛, 窯, 漆).
 */
export const STOP_KANJI = new Set([
  ...'人方事物者何誰私僕俺彼君皆様己自他所処時日月年週朝昼夜晩今昔前後先次上下中外内横奥間側',
  ...'点分回度件個名円歳数量割倍半毎各全両別同某当本元現旧新古多少大小高低長短早遅良悪',
  ...'気手目口声力形用話言心身頭顔足体的化性法感',
  // verbs of one kanji before に of purpose (見に来て) and words used as adverbs (急に, 真に, 変な)
  ...'見来出寝居得似煮干着経射急真特既常共更主単実直仮順逆変楽嫌好暇妙損無有',
]);

/**
 * Everyday words of needs and offers in general: to make, to help, consultation, local, support.
 * A pairing whose only shared word is one of these is not evidence of a fit.
 */
const GENERIC_WORDS = (
  '相談 支援 サポート 対応 手伝い 手伝 手伝う お手伝い 協力 紹介 提供 情報 方法 活用 運営 運用 企画 作成 制作 製作 作る 作り 作れる ' +
  '地元 地域 地方 近所 全国 市内 県内 町内 人材 仕事 事業 会社 企業 お店 店舗 団体 個人 法人 お客 お客様 お客さん ' +
  '経験 実績 得意 専門 一緒 全般 各種 関係 関連 担当 管理 改善 導入 利用 向上 強化 推進 開発 研究 検討 確認 ' +
  '問題 課題 悩み 困り 必要 不足 予定 今後 最近 現在 以前 将来 時間 毎日 毎月 毎年 月 年 週 日 ' +
  '増やす 減らす 広げる 始める 続ける 探す 見つける 考える 知る 使う 教える 学ぶ 頼む ' +
  '新しい 古い 多い 少ない 良い 若い 大きい 小さい 安い 高い ' +
  'service services support consulting consultation local business company project work experience ' +
  'make making create help team people customer customers'
)
  .split(' ')
  .map(normalize);

export const GENERIC = new Set(GENERIC_WORDS);
