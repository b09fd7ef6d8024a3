// Reading a kind name as a user types it: `members`, `member`, `メンバー`.
import { KIND_FOLDERS, KIND_SINGULAR, type KindFolder } from './enums.js';

const JA: Record<string, KindFolder> = {
  スペース: 'spaces',
  メンバー: 'members',
  課題: 'needs',
  訪問: 'visits',
  ミキサー: 'mixers',
  提案: 'proposals',
};

export function parseKind(input: string): KindFolder | undefined {
  const word = input.trim().toLowerCase();
  if ((KIND_FOLDERS as readonly string[]).includes(word)) return word as KindFolder;
  const singular = KIND_FOLDERS.find((k) => KIND_SINGULAR[k] === word);
  return singular ?? JA[input.trim()];
}
