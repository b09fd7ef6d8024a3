// The five styles mixer prints with, as ANSI escapes, or none at level 0. (A chalk instance fits
// the same interface; a whole color library is more than `mixer --help` should load.)
import type { ColorLevel } from '../util/env.js';

export interface Colors {
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  green: (text: string) => string;
  yellow: (text: string) => string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string) => text;

export function colors(level: ColorLevel): Colors {
  if (level === 0) return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
  };
}
