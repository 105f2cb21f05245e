import type { MedusaContainer } from "@medusajs/framework/types"
import { needsStockAlertEvaluation, stockPairKey } from "../../../lib/warehouse/low-stock"
import { readAvailability, StockPair, uniquePairs } from "./stock-alert-readings"
import { warehouseService } from "./warehouse-service"

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * The pairs among `pairs` whose low-stock alert an evaluation would open or
 * close now — the check the stock-change subscribers make before starting
 * evaluateStockAlertsWorkflow (a workflow run, the items' lock and a
 * transaction), which on a checkout would almost always decide "nothing to
 * do". One statement finds the pairs with a threshold or an open alert
 * (none: done); the available quantity of those with a threshold is taken
 * from `known` (levels the caller has just read) or read in one query; then
 * `needsStockAlertEvaluation` keeps the pairs where an alert would change.
 * Reading outside the lock is safe: skipping writes nothing, and any later
 * stock change emits its own event and is checked again.
 *
 * @example
 * const pairs = await stockPairsToEvaluate(container, [{ inventory_item_id, location_id }])
 * if (pairs.length) await evaluateStockAlertsWorkflow(container).run({ input: { pairs } })
 */
export async function stockPairsToEvaluate(
  container: Resolver,
  pairs: StockPair[],
  known: Map<string, number> = new Map()
): Promise<StockPair[]> {
  const unique = uniquePairs(pairs)
  if (!unique.length) return []
  const watched = await warehouseService(container).listWatchedStockPairs(unique)
  if (!watched.length) return []
  const unknown = watched.filter((w) => w.reorder_point != null && !known.has(stockPairKey(w.inventory_item_id, w.location_id)))
  const read = await readAvailability(container, unknown)
  return watched
    .filter((w) => {
      const key = stockPairKey(w.inventory_item_id, w.location_id)
      return needsStockAlertEvaluation(w, known.has(key) ? known.get(key) : read.get(key))
    })
    .map((w) => ({ inventory_item_id: w.inventory_item_id, location_id: w.location_id }))
}
