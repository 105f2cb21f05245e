import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { warehouseService } from "../../../../../workflows/warehouse/utils/warehouse-service"
import { saveStockThresholdsWorkflow } from "../../../../../workflows/warehouse/workflows/save-stock-thresholds"
import type { SaveThresholdsBodyType, ThresholdListQueryType } from "./validators"
import { itemIdsMatching, thresholdViews, withItemFilter } from "./views"

/** Low-stock thresholds, newest first; `q` matches the item's SKU or title. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, q, inventory_item_id, location_id } = req.validatedQuery as ThresholdListQueryType
  const filters = withItemFilter({}, inventory_item_id, await itemIdsMatching(req.scope, q))
  if (location_id) filters.location_id = location_id
  const [rows, count] = await warehouseService(req.scope).listAndCountStockThresholds(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "ASC" },
  })
  res.json({ thresholds: await thresholdViews(req.scope, rows), count, limit, offset })
}

/** Sets thresholds (one per item and location), then evaluates their alerts. */
export const POST = async (req: AuthenticatedMedusaRequest<SaveThresholdsBodyType>, res: MedusaResponse) => {
  const { result } = await saveStockThresholdsWorkflow(req.scope).run({ input: { thresholds: req.validatedBody.thresholds } })
  const ids = result.map((t: any) => t.id)
  const rows = ids.length ? await warehouseService(req.scope).listStockThresholds({ id: ids }, { take: null }) : []
  const order = new Map(ids.map((id: string, i: number) => [id, i]))
  rows.sort((a: any, b: any) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  res.json({ thresholds: await thresholdViews(req.scope, rows) })
}
