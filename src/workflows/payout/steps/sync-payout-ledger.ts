import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isTerminal } from "../../../lib/payout/payout-transitions"
import type CommissionModuleService from "../../../modules/commission/service"
import type PayoutModuleService from "../../../modules/payout/service"
import { COMMISSION_MODULE, PAYOUT_MODULE } from "../../../types/module-names"
import { loadPayout } from "../utils/load-payout"

export type SyncPayoutLedgerInput = { payout_ids: string[]; actor_id?: string | null }

export const syncPayoutLedgerStepId = "sync-payout-ledger"

/**
 * Brings the ledger in line with settled payouts: a succeeded payout's
 * reserved entries become paid and its `payout` entry is written; a failed
 * or canceled one's entries are available again. Both are idempotent, and a
 * payout is marked synced only after, so a crash in between is finished by
 * the next run (the processing job sweeps unsynced payouts). No
 * compensation: a settled payout is a fact.
 */
export const syncPayoutLedgerStep = createStep(
  syncPayoutLedgerStepId,
  async (input: SyncPayoutLedgerInput, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const synced: string[] = []
    for (const id of input.payout_ids) {
      const payout = await loadPayout(container, id)
      if (!isTerminal(payout.status) || payout.ledger_synced_at) {
        continue
      }
      if (payout.status === "succeeded") {
        await commission.settlePayout({
          payout_id: payout.id,
          dealer_id: payout.dealer_id,
          currency_code: payout.currency_code,
          amount: payout.amount,
          actor_id: input.actor_id ?? null,
        })
      } else {
        await commission.releasePayout(payout.id, payout.status === "failed" ? "payout_failed" : "payout_canceled", input.actor_id ?? null)
      }
      await payouts.patchPayout(payout.id, { ledger_synced_at: new Date() })
      synced.push(payout.id)
    }
    return new StepResponse(synced)
  }
)
