import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { countTotals, varianceQuantity, varianceValue } from "../../../../lib/warehouse/count-variance"
import type WarehouseModuleService from "../../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../../types/module-names"

type Resolver = Pick<MedusaContainer, "resolve">

export type CountLineView = {
  id: string
  inventory_item_id: string
  sku: string | null
  title: string | null
  snapshot_quantity: number
  counted_quantity: number | null
  variance_quantity: number | null
  unit_cost: string | null
  variance_value: string | null
  currency_code: string | null
  applied_adjustment: number | null
  quantity_after: number | null
}

export function countLineView(l: any): CountLineView {
  const line = {
    snapshot_quantity: Number(l.snapshot_quantity),
    counted_quantity: l.counted_quantity == null ? null : Number(l.counted_quantity),
    unit_cost: l.unit_cost == null ? null : String(l.raw_unit_cost?.value ?? l.unit_cost),
    currency_code: l.currency_code ?? null,
  }
  return {
    id: l.id,
    inventory_item_id: l.inventory_item_id,
    sku: l.sku ?? null,
    title: l.title ?? null,
    ...line,
    variance_quantity: varianceQuantity(line),
    variance_value: varianceValue(line),
    applied_adjustment: l.applied_adjustment == null ? null : Number(l.applied_adjustment),
    quantity_after: l.quantity_after == null ? null : Number(l.quantity_after),
  }
}

/** Counts as the API shows them, in the order of `ids`, with totals over their lines. */
export async function loadCountViews(container: Resolver, ids: string[]) {
  if (!ids.length) return []
  const warehouse = container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
  const counts = await warehouse.listStockCounts({ id: ids }, { take: ids.length })
  const lines = await warehouse.listStockCountLines({ count_id: ids } as any, {
    select: ["id", "count_id", "snapshot_quantity", "counted_quantity", "unit_cost", "currency_code"],
  } as any)
  const linesOf = new Map<string, any[]>()
  for (const line of lines as any[]) {
    const key = line.count_id ?? line.count?.id
    linesOf.set(key, [...(linesOf.get(key) ?? []), line])
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const locationIds = [...new Set(counts.map((c: any) => c.location_id))]
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationIds }, withDeleted: true } as any)
  const names = new Map<string, string>(locations.map((l: any) => [l.id, l.name]))
  const byId = new Map(counts.map((c: any) => [c.id, c]))
  return ids
    .filter((id) => byId.has(id))
    .map((id) => {
      const c: any = byId.get(id)
      return {
        id: c.id,
        display_id: Number(c.display_id),
        location: { id: c.location_id, name: names.get(c.location_id) ?? null },
        status: c.status,
        scope: c.scope ?? null,
        note: c.note ?? null,
        created_by: c.created_by ?? null,
        applied_by: c.applied_by ?? null,
        applied_at: c.applied_at ?? null,
        canceled_by: c.canceled_by ?? null,
        canceled_at: c.canceled_at ?? null,
        created_at: c.created_at,
        totals: countTotals((linesOf.get(c.id) ?? []).map((l) => countLineView(l))),
      }
    })
}

export async function retrieveCountView(container: Resolver, id: string) {
  const [view] = await loadCountViews(container, [id])
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock count with id: ${id} was not found`)
  return view
}
