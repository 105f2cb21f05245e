/** Escapes LIKE wildcards so a search for "50%" or "A_1" matches those characters literally. */
export function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}
