import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { amountCell, amountFormat, BOLD, inertText, writeCsvRecords, writeXlsxSheet } from "../../../../../../../lib/export/spreadsheet-export"
import { loadCountLines } from "../../../../../../../workflows/warehouse/utils/warehouse-service"
import { countLineView } from "../../../count-views"
import { retrieveCountView } from "../../../count-views"

/**
 * The count sheet: one row per item with the snapshot, the counted figure
 * and the variance. Its first two columns are `sku,counted`, so the CSV,
 * filled in, is exactly what POST …/import takes back.
 */
const HEADER = ["sku", "counted", "title", "snapshot", "variance", "unit_cost", "variance_value", "currency_code", "adjustment", "quantity_after"]

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const format = (req.validatedQuery as { format: "csv" | "xlsx" }).format
  const count = await retrieveCountView(req.scope, req.params.id)
  const lines = (await loadCountLines(req.scope, count.id)).map(countLineView)
  res.setHeader("Content-Type", format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  res.setHeader("Content-Disposition", `attachment; filename="stock-count-${count.display_id}.${format}"`)
  if (format === "csv") {
    await writeCsvRecords(
      (async function* () {
        yield HEADER
        for (const l of lines) {
          yield [
            inertText(l.sku),
            l.counted_quantity == null ? "" : String(l.counted_quantity),
            inertText(l.title),
            String(l.snapshot_quantity),
            l.variance_quantity == null ? "" : String(l.variance_quantity),
            l.unit_cost ?? "",
            l.variance_value ?? "",
            l.currency_code?.toUpperCase() ?? "",
            l.applied_adjustment == null ? "" : String(l.applied_adjustment),
            l.quantity_after == null ? "" : String(l.quantity_after),
          ]
        }
      })(),
      res
    )
    return
  }
  await writeXlsxSheet(
    res,
    { name: `Count ${count.display_id}`, widths: [18, 10, 32, 10, 10, 12, 14, 10, 12, 14], frozenRows: 1, closedMessage: "The client went away during the export." },
    async (sheet) => {
      await sheet.row(HEADER, (row) => {
        row.font = BOLD
      })
      for (const l of lines) {
        await sheet.row(
          [
            l.sku,
            l.counted_quantity,
            l.title,
            l.snapshot_quantity,
            l.variance_quantity,
            amountCell(l.unit_cost),
            amountCell(l.variance_value),
            l.currency_code?.toUpperCase() ?? null,
            l.applied_adjustment,
            l.quantity_after,
          ],
          (row) => {
            if (l.unit_cost) row.getCell(6).numFmt = amountFormat(l.unit_cost)
            if (l.variance_value) row.getCell(7).numFmt = amountFormat(l.variance_value)
          }
        )
      }
    }
  )
}
