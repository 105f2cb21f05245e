import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCount, loadCountLines } from "../../../../../../../workflows/warehouse/utils/warehouse-service"
import { recordStockCountsWorkflow } from "../../../../../../../workflows/warehouse/workflows/record-stock-counts"
import { countLineView } from "../../../count-views"
import { retrieveCountView } from "../../../count-views"
import type { CountLinesQueryType, RecordCountsBodyType } from "../../../validators"

/** A count's lines with variances; `state` narrows to uncounted, counted or variance lines, `q` matches SKU or title. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { q, state, limit, offset } = req.validatedQuery as CountLinesQueryType
  const count = await loadCount(req.scope, req.params.id)
  const term = q?.toLowerCase()
  const lines = (await loadCountLines(req.scope, count.id)).map(countLineView).filter((l) => {
    if (term && !`${l.sku ?? ""}\n${l.title ?? ""}`.toLowerCase().includes(term)) return false
    if (state === "uncounted") return l.counted_quantity == null
    if (state === "counted") return l.counted_quantity != null
    if (state === "variance") return (l.variance_quantity ?? 0) !== 0
    return true
  })
  res.json({ lines: lines.slice(offset, offset + limit), count: lines.length, limit, offset })
}

/** Enters counted quantities (by line id, inventory item id or SKU); all or nothing. */
export const POST = async (req: AuthenticatedMedusaRequest<RecordCountsBodyType>, res: MedusaResponse) => {
  await recordStockCountsWorkflow(req.scope).run({
    input: { count_id: req.params.id, entries: req.validatedBody.lines, actor_id: req.auth_context.actor_id },
  })
  res.json({ count: await retrieveCountView(req.scope, req.params.id) })
}
