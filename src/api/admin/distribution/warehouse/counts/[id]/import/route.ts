import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parseCountCsv } from "../../../../../../../lib/warehouse/count-csv"
import { recordStockCountsWorkflow } from "../../../../../../../workflows/warehouse/workflows/record-stock-counts"
import { retrieveCountView } from "../../../count-views"
import type { ImportCountsBodyType } from "../../../validators"

/**
 * Enters counted quantities from a sheet (`sku,counted`). All or nothing:
 * any bad row is a 400 listing every one (`row 3: unknown SKU "X"`).
 */
export const POST = async (req: AuthenticatedMedusaRequest<ImportCountsBodyType>, res: MedusaResponse) => {
  const { rows, errors } = parseCountCsv(req.validatedBody.csv)
  if (errors.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join("; "))
  }
  const { result } = await recordStockCountsWorkflow(req.scope).run({
    input: {
      count_id: req.params.id,
      entries: rows.map((r) => ({ row: r.row, sku: r.sku, counted_quantity: r.counted_quantity })),
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ count: await retrieveCountView(req.scope, req.params.id), updated: result.updated })
}
