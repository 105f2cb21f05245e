/**
 * The dashboard's DataTable stores each filter in the URL as JSON. A
 * hand-edited or stale URL must not crash the page, so bad JSON means "no filter".
 */
export const parseFilterParam = <T>(value?: string): T | undefined => {
  if (!value) {
    return undefined
  }
  try {
    return JSON.parse(value) as T
  } catch {
    return undefined
  }
}

/** A filter's value when it is one of `values`; a stale or hand-edited URL may hold anything. */
export const filterOneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined

/** A filter's text, trimmed; undefined when it is empty or not text. */
export const filterText = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : undefined
