import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { warehouseService } from "../../../../../workflows/warehouse/utils/warehouse-service"
import type { AlertListQueryType } from "../thresholds/validators"
import { alertViews, itemIdsMatching, withItemFilter } from "../thresholds/views"

/** Low-stock alerts, latest opened first; `q` matches the item's SKU or title. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, q, status, location_id, inventory_item_id } = req.validatedQuery as AlertListQueryType
  const filters = withItemFilter({}, inventory_item_id, await itemIdsMatching(req.scope, q))
  if (status) filters.status = status
  if (location_id) filters.location_id = location_id
  const [rows, count] = await warehouseService(req.scope).listAndCountStockAlerts(filters, {
    skip: offset,
    take: limit,
    order: { opened_at: "DESC", id: "ASC" },
  })
  res.json({ alerts: await alertViews(req.scope, rows), count, limit, offset })
}
