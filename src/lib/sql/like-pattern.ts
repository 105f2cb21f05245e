/** Escapes LIKE wildcards so a search for "50%" or "A_1" matches those characters literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** `%q%` for (I)LIKE, with the user's own % _ and \ taken literally. */
export function containsPattern(q: string): string {
  return `%${escapeLike(q)}%`
}
