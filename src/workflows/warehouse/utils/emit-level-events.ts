import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { AdjustStockLevelsResult } from "../steps/adjust-stock-levels"

/**
 * Inside a workflow: emits Medusa's `inventory-level.created` and
 * `inventory-level.updated` (data `{id}`) for the levels an
 * adjustStockLevelsStep changed, so low-stock alerts re-evaluate them.
 * The events are grouped and released when the workflow succeeds.
 */
export function emitStockLevelEvents(result: WorkflowData<AdjustStockLevelsResult>) {
  emitEventStep({
    eventName: "inventory-level.created",
    data: transform({ result }, ({ result }) => result.created_level_ids.map((id) => ({ id }))),
  }).config({ name: "emit-inventory-levels-created" })
  emitEventStep({
    eventName: "inventory-level.updated",
    data: transform({ result }, ({ result }) => result.updated_level_ids.map((id) => ({ id }))),
  }).config({ name: "emit-inventory-levels-updated" })
}
