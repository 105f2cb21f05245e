import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { applyOutcome, isTerminal } from "../../../lib/payout/payout-transitions"
import type { TransferOutcome } from "../../../modules/payout/providers/types"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import type { PayoutStatus } from "../../../types/payout"
import { loadPayout } from "../utils/load-payout"

export type RecordPayoutOutcomeInput = {
  payout_id: string
  /** null: nothing was asked (the payout was not in a state to send or query). */
  outcome: TransferOutcome | null
  /** "create", "query", "callback", "cancel", "manual". */
  source: string
  /** A callback's notification key: the same callback twice is recorded once. */
  event_key?: string | null
  reference?: string | null
  actor_id?: string | null
}

export type RecordedPayoutOutcome = {
  payout_id: string
  batch_id: string
  status: PayoutStatus
  changed: boolean
  terminal: boolean
}

export const recordPayoutOutcomeStepId = "record-payout-outcome"

/**
 * Applies a provider's answer to a payout through the state machine, as a
 * conditional move from the status it was read in: if another worker or
 * callback moved it meanwhile, it is read again and the answer re-judged.
 * A settled payout never moves (a late FAIL can't un-pay, a second SUCCESS
 * can't pay twice). No compensation: the answer is a fact from the provider.
 */
export const recordPayoutOutcomeStep = createStep(
  recordPayoutOutcomeStepId,
  async (input: RecordPayoutOutcomeInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    let payout = await loadPayout(container, input.payout_id)
    let changed = false
    for (let attempt = 0; input.outcome && attempt < 3; attempt++) {
      const next = applyOutcome(payout, input.outcome)
      if (!next) {
        break
      }
      const o = input.outcome
      const moved = await payouts.movePayouts([payout.id], [payout.status], next.status, {
        needs_query: next.needs_query,
        ...(o.state === "unknown" || o.state === "not_found"
          ? { last_error: o.error ?? o.state }
          : {
              provider_state: o.provider_state ?? null,
              ...(o.provider_reference ? { provider_reference: o.provider_reference } : {}),
              // A query answer has no package_info: keep the one the create gave (undefined = not written).
              package_info: next.status === "awaiting_confirmation" ? o.package_info ?? undefined : null,
              failure_reason: o.failure_reason ?? null,
              last_error: null,
            }),
        ...(input.reference ? { reference: input.reference } : {}),
        ...(isTerminal(next.status) ? { completed_at: new Date() } : {}),
      })
      if (moved.length) {
        changed = next.status !== payout.status
        payout = { ...payout, status: next.status }
        break
      }
      payout = await loadPayout(container, input.payout_id)
    }
    if (input.outcome) {
      await payouts.recordEvents([
        {
          payout_id: payout.id,
          kind: `${input.source}_answer`,
          detail: { ...input.outcome, status_after: payout.status },
          actor_id: input.actor_id ?? null,
          event_key: input.event_key ?? null,
        },
      ])
    }
    return new StepResponse<RecordedPayoutOutcome>({
      payout_id: payout.id,
      batch_id: payout.batch_id,
      status: payout.status,
      changed,
      terminal: isTerminal(payout.status),
    })
  }
)
