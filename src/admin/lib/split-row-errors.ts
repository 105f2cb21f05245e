/** Why an all-or-nothing upload was refused: a summary and the rows to fix. */
export type CsvImportFailure = { summary: string; rows: string[] }

/**
 * The server's 400 on a bad sheet names one bad row per line, or joins them
 * with "; " ("row 3: unknown SKU …; row 5: …"); any other line (e.g. "Nothing
 * was imported: 2 rows to fix.") is the summary.
 */
export const splitRowErrors = (message: string): CsvImportFailure => {
  const lines = message
    .split(/\n|; (?=(?:row|entry) \d+:)/)
    .map((line) => line.trim())
    .filter(Boolean)
  const rows = lines.filter((line) => /^(?:row|entry) \d+:|^…/.test(line))
  return { summary: lines.filter((line) => !rows.includes(line)).join(" "), rows }
}
