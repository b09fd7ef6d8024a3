// CRLF line ends come from a whole clone at once (core.autocrlf=true), not from one file: the
// folder's validation names them once, with the fix, instead of once per file.
import { type Problem, sortProblems } from '../errors.js';
import { said } from './said.js';

/** How many files a problem names before it says "…". */
const SHOWN = 3;

/** The problems with every `problem.crlf` merged into one, at the first such file. */
export function oneLineEndProblem(problems: Problem[]): Problem[] {
  const crlf = sortProblems(problems.filter((p) => p.code === 'problem.crlf'));
  if (crlf.length <= 1) return problems;
  const files = crlf.map((p) => p.file);
  const shown = files.length > SHOWN ? `${files.slice(0, SHOWN).join(', ')}, …` : files.join(', ');
  const merged: Problem = {
    ...crlf[0]!,
    message: said('problem.crlf', { count: files.length, files: shown }),
  };
  return [...problems.filter((p) => p.code !== 'problem.crlf'), merged];
}
