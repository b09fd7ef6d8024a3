// mixer add-need
import { runFor } from './add-record.js';

export const run = runFor('needs');
