import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type WarehouseModuleService from "../../../../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../../../../types/module-names"
import { dealerLocations, transferViews } from "../../../../../shared/dealer-stock"
import { currentDealer } from "../../current-dealer"
import type { StoreDealerStockListQueryType } from "../validators"

/** Transfers into and out of the signed-in dealer's locations (drafts excluded), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const { limit, offset } = req.validatedQuery as StoreDealerStockListQueryType
  const ids = (await dealerLocations(req.scope, dealer.id)).map((l) => l.id)
  if (!ids.length) {
    return res.json({ transfers: [], count: 0, limit, offset })
  }
  const warehouse = req.scope.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
  const [rows, count] = await warehouse.listAndCountStockTransfers(
    { $or: [{ from_location_id: ids }, { to_location_id: ids }], status: ["shipped", "received", "canceled"] } as any,
    { select: ["id"], skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  res.json({ transfers: await transferViews(req.scope, rows.map((r) => r.id)), count, limit, offset })
}
