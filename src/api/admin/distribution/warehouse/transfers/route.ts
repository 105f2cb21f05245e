import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type WarehouseModuleService from "../../../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../../../types/module-names"
import { createStockTransferWorkflow } from "../../../../../workflows/warehouse/workflows/create-stock-transfer"
import { loadTransferViews, retrieveTransferView } from "../../../../shared/stock-transfer-views"
import { containsPattern } from "../../../../../lib/sql/like-pattern"
import type { CreateTransferBodyType, TransferListQueryType } from "../validators"

/** Transfers, newest first; filters by status, kind, either end, creation date, and `q`: a display id (`#12`) or part of a SKU. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, q, location_id, created_from, created_to, ...exact } = req.validatedQuery as TransferListQueryType
  const warehouse = req.scope.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
  const and: Record<string, unknown>[] = []
  const filters: Record<string, unknown> = { ...exact }
  if (location_id) and.push({ $or: [{ from_location_id: location_id }, { to_location_id: location_id }] })
  if (created_from || created_to) {
    filters.created_at = {
      ...(created_from ? { $gte: new Date(created_from) } : {}),
      ...(created_to ? { $lte: endOfDay(created_to) } : {}),
    }
  }
  if (q) {
    // "#12" is a display id; "12" a display id or part of a SKU; anything else part of a SKU.
    const byNumber = /^#?\d{1,9}$/.test(q) ? [{ display_id: Number(q.replace(/^#/, "")) }] : []
    const or: Record<string, unknown>[] = [...byNumber]
    if (!q.startsWith("#")) {
      const lines = await warehouse.listStockTransferLines({ sku: { $ilike: containsPattern(q) } } as any, { select: ["id", "transfer_id"] as any, take: 1000 })
      or.push({ id: [...new Set((lines as any[]).map((l) => l.transfer_id ?? l.transfer?.id))] })
    }
    and.push({ $or: or })
  }
  if (and.length) filters.$and = and
  const [rows, count] = await warehouse.listAndCountStockTransfers(filters, {
    select: ["id"],
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  const transfers = await loadTransferViews(req.scope, rows.map((r) => r.id), { lines: false })
  res.json({ transfers, count, limit, offset })
}

/** Creates a draft transfer. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateTransferBodyType>, res: MedusaResponse) => {
  const { result } = await createStockTransferWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.status(200).json({ transfer: await retrieveTransferView(req.scope, result.id) })
}

/** A bare date (2026-01-31) filters through the end of that day. */
function endOfDay(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value)
}
