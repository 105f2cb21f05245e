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
