import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { decideMaturation, maturationRefusalMessage } from "../../../lib/commission/maturation"
import type CommissionModuleService from "../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../types/module-names"
import { loadCommissionOrderStates } from "../utils/load-order-states"
import { orderCommissionLockKey } from "../utils/order-lock"

export type MatureOrderCommissionsInput = {
  /** Only these orders (an admin's action); otherwise every order with pending accruals. */
  order_ids?: string[]
  /** Admin override: skip the hold period (never the other conditions). */
  skip_hold?: boolean
  /** The admin user who asked; null for the scheduled job. */
  actor_id?: string | null
  /** Refuse with the reason when a named order cannot mature (the admin action). */
  strict?: boolean
}

const BATCH = 100

export const matureOrderCommissionsStepId = "mature-order-commissions"

/**
 * Moves pending commission to available for every order that is fulfilled
 * (or delivered), past its hold period and without an open return — the
 * accruals and the reversals that follow them, recorded as transitions.
 * Works in batches of orders, each under the order's commission lock, so it
 * never races a reversal. Status moves are conditional (`pending` only), so a
 * second run or a second worker moves nothing twice.
 *
 * @example
 * const { orders, entries } = matureOrderCommissionsStep({})
 */
export const matureOrderCommissionsStep = createStep(
  matureOrderCommissionsStepId,
  async (input: MatureOrderCommissionsInput, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const options = commission.getOptions()
    const now = new Date()
    let orders = 0
    let entries = 0

    const matureBatch = async (orderIds: string[]) => {
      for (const order of await loadCommissionOrderStates(container, orderIds)) {
        const decision = decideMaturation({
          canceled: order.canceled,
          fulfilled_at: order.fulfilled_at,
          delivered_at: order.delivered_at,
          has_open_return: order.has_open_return,
          mature_on: options.mature_on,
          hold_days: options.hold_days,
          now,
          skip_hold: input.skip_hold,
        })
        if (!decision.mature) {
          if (input.strict) {
            throw new MedusaError(MedusaError.Types.NOT_ALLOWED, maturationRefusalMessage(decision))
          }
          continue
        }
        const moved = await locking.execute(
          orderCommissionLockKey(order.id),
          () =>
            commission.moveOrderEntries(order.id, {
              from: "pending",
              to: "available",
              reason: input.actor_id ? "matured_manually" : "matured",
              actor_id: input.actor_id ?? null,
            }),
          { timeout: 30 }
        )
        orders += moved.length ? 1 : 0
        entries += moved.length
      }
    }

    if (input.order_ids) {
      for (let i = 0; i < input.order_ids.length; i += BATCH) {
        await matureBatch(input.order_ids.slice(i, i + BATCH))
      }
    } else {
      let after: string | null = null
      for (;;) {
        const ids = await commission.listOrdersWithPendingAccruals({ limit: BATCH, after })
        if (!ids.length) break
        await matureBatch(ids)
        after = ids[ids.length - 1]
      }
    }
    return new StepResponse({ orders, entries })
  }
)
