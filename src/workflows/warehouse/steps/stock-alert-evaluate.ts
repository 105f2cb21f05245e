import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  evaluateAllThresholds,
  evaluatePairs,
  StockAlertChanges,
  StockPair,
  uniquePairs,
} from "../utils/stock-alert-readings"
import { warehouseService } from "../utils/warehouse-service"

export type EvaluateStockAlertsStepInput = {
  /** Items at locations whose stock changed. */
  pairs?: StockPair[]
  /** Every threshold (the scheduled scan, "scan now"). */
  all?: boolean
}

/** Seconds to wait for the items' lock before evaluating without it (the scan heals any race). */
const LOCK_WAIT_SECONDS = 5

export const evaluateStockAlertsStepId = "stock-alert-evaluate"

/**
 * Reads the available quantity of the watched items and opens or closes their
 * low-stock alerts. A targeted evaluation reads under Medusa's locking module
 * keyed by the inventory item ids (the keys reserveInventoryStep takes), so a
 * reservation can't interleave between the reading and the write; if the lock
 * can't be had quickly (a caller holding it), it evaluates anyway: a stale
 * decision is corrected by the next change or scan. Compensation deletes the
 * alerts it opened and reopens those it closed.
 *
 * @example
 * const { opened, closed } = evaluateStockAlertsStep({ pairs: [{ inventory_item_id, location_id }] })
 */
export const evaluateStockAlertsStep = createStep(
  evaluateStockAlertsStepId,
  async (input: EvaluateStockAlertsStepInput, { container }) => {
    let changes: StockAlertChanges
    if (input.all) {
      changes = await evaluateAllThresholds(container)
    } else {
      const pairs = uniquePairs(input.pairs ?? [])
      if (!pairs.length) {
        return new StepResponse<StockAlertChanges, StockAlertChanges>({ opened: [], closed: [] }, { opened: [], closed: [] })
      }
      const keys = [...new Set(pairs.map((p) => p.inventory_item_id))].sort()
      const locking = container.resolve(Modules.LOCKING)
      try {
        changes = await locking.execute(keys, () => evaluatePairs(container, pairs), { timeout: LOCK_WAIT_SECONDS })
      } catch (e: any) {
        if (!/timeout|timed out|lock/i.test(String(e?.message ?? e))) throw e
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`Low-stock evaluation of ${keys.join(", ")} ran without the inventory lock: ${e?.message ?? e}`)
        changes = await evaluatePairs(container, pairs)
      }
    }
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes) return
    const warehouse = warehouseService(container)
    if (changes.opened.length) {
      await warehouse.deleteStockAlerts(changes.opened.map((a) => a.id))
    }
    for (const id of changes.closed) {
      // A newer open alert of the same item wins over reopening this one.
      await warehouse
        .updateStockAlerts({ id, status: "open", closed_at: null, closed_available_quantity: null })
        .catch(() => undefined)
    }
  }
)
