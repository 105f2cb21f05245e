import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DOCUMENT_LOCK, stockCountLockKey } from "../utils/locks"
import { countAdjustment } from "../../../lib/warehouse/count-variance"
import { adjustStockLevelsStep } from "../steps/adjust-stock-levels"
import { moveStockCountStep } from "../steps/move-stock-count"
import { recordCountAdjustmentsStep } from "../steps/record-count-adjustments"
import { emitStockLevelEvents } from "../utils/emit-level-events"

export const applyStockCountWorkflowId = "warehouse-apply-stock-count"

/**
 * Applies a count: counting → applied (once), and each COUNTED line moves
 * the location's CURRENT level by counted − snapshot, so what was sold or
 * moved while counting is kept. Uncounted lines change nothing. A count is
 * physical truth: the level may end below its reserved quantity, never
 * below zero. Records who applied it and, per line, the adjustment and the
 * level after.
 *
 * @example
 * await applyStockCountWorkflow(container).run({ input: { id: "stcnt_…", actor_id } })
 */
export const applyStockCountWorkflow = createWorkflow(applyStockCountWorkflowId, (input: { id: string; actor_id?: string | null }) => {
  const lockKey = transform({ input }, ({ input }) => stockCountLockKey(input.id))
  acquireLockStep({ key: lockKey, ...DOCUMENT_LOCK })
  const count = moveStockCountStep(transform({ input }, ({ input }) => ({ id: input.id, action: "apply" as const, actor_id: input.actor_id })))
  const adjusted = adjustStockLevelsStep(
    transform({ count }, ({ count }) =>
      (count.lines as any[])
        .filter((line) => line.counted_quantity != null && countAdjustment(line) !== 0)
        .map((line) => ({
          inventory_item_id: line.inventory_item_id,
          location_id: count.location_id,
          adjustment: countAdjustment(line),
          sku: line.sku ?? undefined,
          create_missing_level: true,
          allow_below_reserved: true,
        }))
    )
  )
  recordCountAdjustmentsStep(transform({ count, adjusted }, ({ count }) => ({ location_id: count.location_id, lines: count.lines as any[] })))
  emitStockLevelEvents(adjusted)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ id: input.id })
})
