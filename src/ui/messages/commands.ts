// The areas of the catalogue that the commands word, loaded together by `loadMessages`: one file
// of the bundle, not six (each file a command loads costs its own start-up).
export { letters } from './letters.js';
export { problems } from './problems.js';
export { records } from './records.js';
export { reports } from './reports.js';
export { safety } from './safety.js';
export { writing } from './writing.js';
