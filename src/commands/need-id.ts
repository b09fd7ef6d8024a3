// A new need's id from its title: the owner and the concepts the title names (hirano-cafe-advertising).
import type { ConceptIndex } from '../match/concepts.js';

/** The concepts a title names, most important first: in a Japanese title, the last one named. */
export function conceptsNamed(title: string, index: ConceptIndex): string[] {
  const { hits } = index.find(title);
  return [...new Set([...hits].sort((a, b) => b.end - a.end).map((h) => h.concept))];
}
