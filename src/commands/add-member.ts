// mixer add-member
import { runFor } from './add-record.js';

export const run = runFor('members');
