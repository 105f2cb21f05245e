import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { stockPairKey } from "../lib/warehouse/low-stock"
import { stockPairsToEvaluate } from "../workflows/warehouse/utils/stock-alert-prefilter"
import { levelAvailability } from "../workflows/warehouse/utils/stock-alert-readings"
import { evaluateStockAlertsWorkflow } from "../workflows/warehouse/workflows/evaluate-stock-alerts"

type LevelEvent = { id: string } | { id: string }[]

/**
 * A level was created or changed (stock adjusted, a reservation made or
 * released at checkout, a fulfilment shipped, a transfer or count applied):
 * re-evaluate the low-stock alert of that item at that location — only when
 * an alert could open or close there (`stockPairsToEvaluate`, which reuses
 * the quantities of the levels read here), so a checkout of unwatched or
 * well-stocked items starts no workflow.
 */
export default async function evaluateStockAlertsOnLevelChange({ event, container }: SubscriberArgs<LevelEvent>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((d) => d?.id).filter(Boolean) as string[]
  if (!ids.length) return
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels(
    { id: ids },
    {
      select: ["id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity", "deleted_at"],
      withDeleted: true,
      take: null,
    }
  )
  if (!levels.length) return
  // A live level's quantities are what the evaluation would read; a deleted one is read again (as none).
  const known = new Map<string, number>()
  for (const l of levels as any[]) {
    if (!l.deleted_at) {
      known.set(stockPairKey(l.inventory_item_id, l.location_id), levelAvailability(l))
    }
  }
  const pairs = await stockPairsToEvaluate(
    container,
    levels.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id })),
    known
  )
  if (!pairs.length) return
  await evaluateStockAlertsWorkflow(container).run({ input: { pairs } })
}

export const config: SubscriberConfig = {
  event: ["inventory-level.created", "inventory-level.updated"],
  context: { subscriberId: "distribution-stock-alerts-level" },
}
