import { parseCsvRecords } from "./count-csv"

/**
 * Thresholds in bulk: `sku,location,reorder_point,reorder_quantity` (a header
 * row, then one row per item and location; `location` is a stock location's
 * id or exact name; `reorder_quantity` may be empty). Tolerates a BOM, CRLF,
 * quoted fields, blank lines, extra columns and Chinese headers. Row numbers
 * are the file's line numbers (header = 1), as the merchant sees them.
 */

export type ThresholdCsvRow = {
  row: number
  sku: string
  location: string
  reorder_point: number
  reorder_quantity: number | null
}

export const THRESHOLD_CSV_MAX_ROWS = 5000
const MAX_QUANTITY = 2_147_483_647

const HEADERS = {
  sku: ["sku", "货号", "sku编码"],
  location: ["location", "location_id", "location_name", "仓库", "库位", "库存地点"],
  reorder_point: ["reorder_point", "reorder point", "threshold", "预警点", "再订货点", "预警库存"],
  reorder_quantity: ["reorder_quantity", "reorder quantity", "补货数量", "建议补货量", "订货量"],
}

export function parseThresholdCsv(text: string): { rows: ThresholdCsvRow[]; errors: string[] } {
  const records = parseCsvRecords(text ?? "")
  const rows: ThresholdCsvRow[] = []
  const errors: string[] = []
  if (!records.length || records.every((r) => r.every((c) => c.trim() === ""))) {
    return { rows, errors: ["The file is empty; expected a header row `sku,location,reorder_point,reorder_quantity` and one row per item."] }
  }
  const header = records[0].map((h) => h.trim().toLowerCase())
  const at = (names: string[]) => header.findIndex((h) => names.includes(h))
  const skuAt = at(HEADERS.sku)
  const locationAt = at(HEADERS.location)
  const pointAt = at(HEADERS.reorder_point)
  const quantityAt = at(HEADERS.reorder_quantity)
  if (skuAt < 0 || locationAt < 0 || pointAt < 0) {
    return {
      rows,
      errors: [`row 1: expected a header with columns "sku", "location", "reorder_point" and optionally "reorder_quantity" (got "${records[0].join(",")}")`],
    }
  }
  const seen = new Map<string, number>()
  records.slice(1).forEach((record, index) => {
    const row = index + 2
    if (record.every((cell) => cell.trim() === "")) return
    const sku = (record[skuAt] ?? "").trim()
    const location = (record[locationAt] ?? "").trim()
    const point = (record[pointAt] ?? "").trim()
    const quantity = quantityAt < 0 ? "" : (record[quantityAt] ?? "").trim()
    if (!sku) return void errors.push(`row ${row}: SKU is empty`)
    if (!location) return void errors.push(`row ${row}: location of SKU "${sku}" is empty`)
    if (!/^\d+$/.test(point) || Number(point) > MAX_QUANTITY) {
      return void errors.push(`row ${row}: reorder point "${point}" of SKU "${sku}" is not a whole number ≥ 0`)
    }
    if (quantity !== "" && (!/^\d+$/.test(quantity) || Number(quantity) < 1 || Number(quantity) > MAX_QUANTITY)) {
      return void errors.push(`row ${row}: reorder quantity "${quantity}" of SKU "${sku}" is not a whole number ≥ 1 (leave it empty for the default)`)
    }
    const key = `${sku}\u0000${location}`
    const first = seen.get(key)
    if (first) {
      return void errors.push(`row ${row}: SKU "${sku}" at "${location}" repeats row ${first}`)
    }
    seen.set(key, row)
    rows.push({ row, sku, location, reorder_point: Number(point), reorder_quantity: quantity === "" ? null : Number(quantity) })
  })
  if (rows.length > THRESHOLD_CSV_MAX_ROWS) {
    errors.push(`The file has ${rows.length} rows; import at most ${THRESHOLD_CSV_MAX_ROWS} at a time.`)
  }
  if (!rows.length && !errors.length) {
    errors.push("The file has no rows below its header.")
  }
  return { rows, errors }
}
