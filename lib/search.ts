/**
 * A member's search text inside a LIKE pattern. Prisma's `contains` is a LIKE (ILIKE when
 * case-insensitive) and does not escape the pattern's wildcards: unescaped, "100%" would find
 * every "100…" and "_" any one character. PostgreSQL's default LIKE escape is the backslash.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A string filter that finds the text as typed, whatever its case. */
export function containsText(text: string) {
  return { contains: escapeLike(text), mode: 'insensitive' as const };
}

/** The same for an e-mail address, stored in lower case: matched as such, not case-insensitively. */
export function emailContains(text: string) {
  return { contains: escapeLike(text.toLowerCase()) };
}
