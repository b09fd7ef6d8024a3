// mixer add-mixer
import { runFor } from './add-record.js';

export const run = runFor('mixers');
