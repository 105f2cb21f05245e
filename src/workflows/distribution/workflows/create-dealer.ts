import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { grantsTierPrices } from "../../../lib/network/dealer-status-transitions"
import { DealerHistoryAction } from "../../../types/dealer-history-action"
import { DealerStatus } from "../../../types/dealer-status"
import { placeDealerStep } from "../steps/place-dealer"
import { recordDealerHistoryStep } from "../steps/record-dealer-history"
import { resolveDealerCodeStep } from "../steps/resolve-dealer-code"
import { retrieveDealerTierStep } from "../steps/retrieve-dealer-tier"
import { syncTierGroupMembershipStep } from "../steps/sync-tier-group-membership"
import { validateDealerCustomerStep } from "../steps/validate-dealer-customer"
import { createReferralLinkStep } from "../../referral/steps/create-referral-link"

/** A dealer's own profile and contract, as the admin edits them. */
export type DealerProfileInput = {
  display_name: string
  company_name?: string | null
  contact_name?: string | null
  phone?: string | null
  email?: string | null
  region?: string | null
  address?: string | null
  contract_number?: string | null
  contract_start_at?: Date | string | null
  contract_end_at?: Date | string | null
  metadata?: Record<string, unknown> | null
}

export type CreateDealerInput = DealerProfileInput & {
  customer_id: string
  tier_id: string
  parent_id?: string | null
  code?: string | null
  status?: typeof DealerStatus.PENDING | typeof DealerStatus.ACTIVE
}

export const createDealerWorkflowId = "create-dealer"

/**
 * Makes a customer a dealer: places it in the upline tree under its parent
 * (or the producer), gives it a code and its default referral link, records
 * that it joined, and — when active — puts its account into the tier's
 * customer group.
 *
 * @example
 * const { result: dealer } = await createDealerWorkflow(container).run({
 *   input: { dealer: { customer_id: "cus_1", tier_id: "dtier_1", display_name: "杭州经销商" }, actor_id: "user_1" },
 * })
 */
export const createDealerWorkflow = createWorkflow(
  createDealerWorkflowId,
  (input: { dealer: CreateDealerInput; actor_id?: string | null; reason?: string | null }) => {
    validateDealerCustomerStep(transform(input, ({ dealer }) => ({ customer_id: dealer.customer_id })))
    const tier = retrieveDealerTierStep(transform(input, ({ dealer }) => ({ id: dealer.tier_id })))
    const code = resolveDealerCodeStep(transform(input, ({ dealer }) => ({ code: dealer.code })))

    const dealer = placeDealerStep(
      transform({ input, code }, ({ input, code }) => ({
        ...input.dealer,
        code,
        parent_id: input.dealer.parent_id ?? null,
        status: input.dealer.status ?? DealerStatus.ACTIVE,
      }))
    )

    recordDealerHistoryStep(
      transform({ input, dealer }, ({ input, dealer }) => [
        {
          dealer_id: dealer.id,
          action: DealerHistoryAction.JOINED,
          to_value: dealer.parent_id ?? null,
          reason: input.reason ?? null,
          actor_id: input.actor_id ?? null,
        },
      ])
    )

    // The default referral link's code is the dealer code.
    createReferralLinkStep(
      transform({ dealer }, ({ dealer }) => ({
        dealer_id: dealer.id,
        kind: "default" as const,
        code: dealer.code,
        target_type: "home" as const,
        target_id: null,
        target_handle: null,
      }))
    )

    syncTierGroupMembershipStep(
      transform({ dealer, tier }, ({ dealer, tier }) => ({
        customer_id: dealer.customer_id,
        join_group_id: grantsTierPrices(dealer.status) ? tier.customer_group_id : null,
      }))
    )

    return new WorkflowResponse(dealer)
  }
)
