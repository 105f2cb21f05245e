/**
 * The count sheet a warehouse uploads: `sku,counted` (a header row, then one
 * row per item). Tolerates a BOM, CRLF, quoted fields, blank lines, extra
 * columns, rows left blank in the counted column (not counted yet) and header aliases (counted_quantity, quantity, qty; 货号/SKU,
 * 盘点数量/实盘数量). Row numbers are the file's line numbers (header = 1).
 */

/** RFC 4180 records; quotes may wrap commas, newlines and doubled quotes. */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = []
  let field = ""
  let record: string[] = []
  let quoted = false
  const input = text.replace(/^\uFEFF/, "")
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
        }
      } else {
        field += ch
      }
      continue
    }
    if (ch === '"' && field === "") {
      quoted = true
    } else if (ch === ",") {
      record.push(field)
      field = ""
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++
      record.push(field)
      records.push(record)
      record = []
      field = ""
    } else {
      field += ch
    }
  }
  if (field !== "" || record.length) {
    record.push(field)
    records.push(record)
  }
  return records
}

const SKU_HEADERS = ["sku", "货号", "sku编码"]
const COUNTED_HEADERS = ["counted", "counted_quantity", "quantity", "qty", "count", "盘点数量", "实盘数量", "数量"]

export type CountCsvRow = { row: number; sku: string; counted_quantity: number }

export function parseCountCsv(text: string): { rows: CountCsvRow[]; errors: string[] } {
  const records = parseCsvRecords(text)
  const errors: string[] = []
  const rows: CountCsvRow[] = []
  if (!records.length) {
    return { rows, errors: ["The file is empty; expected a header row `sku,counted` and one row per item."] }
  }
  const header = records[0].map((h) => h.trim().toLowerCase())
  const skuAt = header.findIndex((h) => SKU_HEADERS.includes(h))
  const countedAt = header.findIndex((h) => COUNTED_HEADERS.includes(h))
  if (skuAt < 0 || countedAt < 0) {
    return { rows, errors: [`row 1: expected a header with columns "sku" and "counted" (got "${records[0].join(",")}")`] }
  }
  records.slice(1).forEach((record, index) => {
    const row = index + 2
    if (record.every((cell) => cell.trim() === "")) return
    const sku = (record[skuAt] ?? "").trim()
    const raw = (record[countedAt] ?? "").trim()
    if (!sku) return void errors.push(`row ${row}: SKU is empty`)
    // A sheet downloaded from the count and partly filled in: blank = not counted yet.
    if (raw === "") return
    if (!/^\d+$/.test(raw)) return void errors.push(`row ${row}: counted quantity "${raw}" of SKU "${sku}" is not a whole number ≥ 0`)
    const counted = Number(raw)
    if (!Number.isSafeInteger(counted) || counted > 2_147_483_647) return void errors.push(`row ${row}: counted quantity of SKU "${sku}" is too large`)
    rows.push({ row, sku, counted_quantity: counted })
  })
  if (!rows.length && !errors.length) {
    errors.push("The file has no rows below its header.")
  }
  return { rows, errors }
}
