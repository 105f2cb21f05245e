import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type WarehouseModuleService from "../../../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../../../types/module-names"
import { createStockCountWorkflow } from "../../../../../workflows/warehouse/workflows/create-stock-count"
import { loadCountViews, retrieveCountView } from "../count-views"
import type { CountListQueryType, CreateCountBodyType } from "../validators"

/** Stock counts, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery as CountListQueryType
  const [rows, count] = await req.scope
    .resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    .listAndCountStockCounts(filters, { select: ["id"], skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } })
  res.json({ counts: await loadCountViews(req.scope, rows.map((r) => r.id)), count, limit, offset })
}

/** Starts a count of a location (all items, or those given / matching `q`): snapshots their stocked quantities. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateCountBodyType>, res: MedusaResponse) => {
  const { result } = await createStockCountWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json({ count: await retrieveCountView(req.scope, result.id) })
}
