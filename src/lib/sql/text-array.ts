/**
 * A PostgreSQL text[] literal bound as ONE parameter (`= ANY(?::text[])`,
 * `unnest(?::text[])`): knex and MikroORM expand a JS array into a list of
 * bindings. Elements are quoted, `"` and `\` escaped.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, "\\$1")}"`).join(",")}}`
}
