import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { transferTotals } from "../../lib/warehouse/transfer-transitions"
import type WarehouseModuleService from "../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../types/module-names"

type Resolver = Pick<MedusaContainer, "resolve">

export type TransferLineView = {
  id: string
  inventory_item_id: string
  sku: string | null
  title: string | null
  quantity: number
  received_quantity: number | null
  discrepancy_quantity: number
  discrepancy_note: string | null
}

export type TransferView = {
  id: string
  display_id: number
  kind: string
  status: string
  from_location: { id: string; name: string | null }
  to_location: { id: string; name: string | null }
  note: string | null
  order_id: string | null
  fulfillment_id: string | null
  created_by: string | null
  shipped_by: string | null
  shipped_at: Date | null
  received_by: string | null
  received_at: Date | null
  canceled_by: string | null
  canceled_at: Date | null
  created_at: Date
  updated_at: Date
  line_count: number
  total_quantity: number
  received_quantity: number
  discrepancy_quantity: number
  lines?: TransferLineView[]
}

/**
 * Transfers as the API shows them (admin and the dealer's store routes), in
 * the order of `ids`; unknown ids are skipped. `lines: false` leaves the
 * lines out (lists), keeping the totals.
 */
export async function loadTransferViews(container: Resolver, ids: string[], options: { lines?: boolean } = {}): Promise<TransferView[]> {
  if (!ids.length) return []
  const transfers = await container
    .resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    .listStockTransfers({ id: ids }, { relations: ["lines"], take: ids.length })
  const locationIds = [...new Set(transfers.flatMap((t: any) => [t.from_location_id, t.to_location_id]))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = locationIds.length
    ? await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationIds }, withDeleted: true } as any)
    : { data: [] as any[] }
  const names = new Map<string, string>(locations.map((l: any) => [l.id, l.name]))
  const byId = new Map(transfers.map((t: any) => [t.id, t]))
  return ids.filter((id) => byId.has(id)).map((id) => transferView(byId.get(id), names, options.lines !== false))
}

/** One transfer's view with lines, or a 404. */
export async function retrieveTransferView(container: Resolver, id: string): Promise<TransferView> {
  const [view] = await loadTransferViews(container, [id])
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock transfer with id: ${id} was not found`)
  return view
}

function transferView(t: any, names: Map<string, string>, withLines: boolean): TransferView {
  const lines: TransferLineView[] = [...(t.lines ?? [])]
    .sort((a: any, b: any) => String(a.sku ?? "").localeCompare(String(b.sku ?? "")) || a.id.localeCompare(b.id))
    .map((l: any) => ({
      id: l.id,
      inventory_item_id: l.inventory_item_id,
      sku: l.sku ?? null,
      title: l.title ?? null,
      quantity: Number(l.quantity),
      received_quantity: l.received_quantity == null ? null : Number(l.received_quantity),
      discrepancy_quantity: Number(l.discrepancy_quantity ?? 0),
      discrepancy_note: l.discrepancy_note ?? null,
    }))
  const view: TransferView = {
    id: t.id,
    display_id: Number(t.display_id),
    kind: t.kind,
    status: t.status,
    from_location: { id: t.from_location_id, name: names.get(t.from_location_id) ?? null },
    to_location: { id: t.to_location_id, name: names.get(t.to_location_id) ?? null },
    note: t.note ?? null,
    order_id: t.order_id ?? null,
    fulfillment_id: t.fulfillment_id ?? null,
    created_by: t.created_by ?? null,
    shipped_by: t.shipped_by ?? null,
    shipped_at: t.shipped_at ?? null,
    received_by: t.received_by ?? null,
    received_at: t.received_at ?? null,
    canceled_by: t.canceled_by ?? null,
    canceled_at: t.canceled_at ?? null,
    created_at: t.created_at,
    updated_at: t.updated_at,
    ...transferTotals(lines),
  }
  if (withLines) view.lines = lines
  return view
}
