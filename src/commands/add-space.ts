// mixer add-space
import { runFor } from './add-record.js';

export const run = runFor('spaces');
