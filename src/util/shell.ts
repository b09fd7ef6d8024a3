// Text put into a command line that a person copies into a shell.

/**
 * A word as a POSIX shell reads it back: as it is when it holds only letters, digits and `_./-`,
 * else in double quotes with `"`, `\`, `$` and `` ` `` escaped (`Team Data` → `"Team Data"`).
 */
export function shellWord(text: string): string {
  if (/^[\w./-]+$/.test(text)) return text;
  return `"${text.replace(/["\\$`]/g, '\\$&')}"`;
}
