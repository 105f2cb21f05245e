import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { evaluateStockAlertsWorkflow } from "../workflows/warehouse/workflows/evaluate-stock-alerts"

type LevelEvent = { id: string } | { id: string }[]

/**
 * A level was created or changed (stock adjusted, a fulfilment shipped, a
 * transfer or count applied): re-evaluate the low-stock alert of that item at
 * that location.
 */
export default async function evaluateStockAlertsOnLevelChange({ event, container }: SubscriberArgs<LevelEvent>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((d) => d?.id).filter(Boolean) as string[]
  if (!ids.length) return
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ id: ids }, { select: ["id", "inventory_item_id", "location_id"], withDeleted: true, take: null })
  if (!levels.length) return
  await evaluateStockAlertsWorkflow(container).run({
    input: { pairs: levels.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id })) },
  })
}

export const config: SubscriberConfig = {
  event: ["inventory-level.created", "inventory-level.updated"],
  context: { subscriberId: "distribution-stock-alerts-level" },
}
