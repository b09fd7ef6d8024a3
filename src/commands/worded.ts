// A check when compiling, where the layers meet: the ui's catalogue words everything the store and
// the letters say, with the parameters they give. A key missing from the catalogue, or a parameter
// the sentence needs and the layer does not give, fails here and names the key.
import type { LetterMessages } from '../letters/said.js';
import type { StoreMessages } from '../store/said.js';
import type { AllWorded } from '../ui/words.js';
import type { EnvMessages } from '../util/env.js';

export const STORE_WORDED: AllWorded<StoreMessages> = true;
export const LETTERS_WORDED: AllWorded<LetterMessages> = true;
export const ENV_WORDED: AllWorded<EnvMessages> = true;
