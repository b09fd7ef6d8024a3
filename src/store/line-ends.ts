// CRLF line ends come from a whole clone at once (core.autocrlf=true), not from one file. The
// loaded folder keeps one problem per file (review keeps those of the changed files, --json lists
// each); what is printed for the whole folder names them once, with the fix.
import { type Problem, sortProblems } from '../errors.js';
import { said } from './said.js';

/** How many files a problem names before it says "…". */
const SHOWN = 3;

/** The problems, sorted, with every `problem.crlf` merged into one at the first such file: for printing. */
export function oneLineEndProblem(problems: Problem[]): Problem[] {
  const crlf = sortProblems(problems.filter((p) => p.code === 'problem.crlf'));
  if (crlf.length <= 1) return sortProblems(problems);
  const files = crlf.map((p) => p.file);
  const shown = files.length > SHOWN ? `${files.slice(0, SHOWN).join(', ')}, …` : files.join(', ');
  const merged: Problem = {
    ...crlf[0]!,
    message: said('problem.crlf', { count: files.length, files: shown }),
  };
  return sortProblems([...problems.filter((p) => p.code !== 'problem.crlf'), merged]);
}
