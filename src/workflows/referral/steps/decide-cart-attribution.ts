import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  Attribution,
  Binding,
  decideAttribution,
  DealerState,
  Touch,
} from "../../../lib/attribution/decide-attribution"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export type CartAttributionInput = {
  cart_id: string | null
  customer_id: string | null
  /** Defaults to now; tests and replays pass the moment of the order. */
  at?: Date | string
}

export type ChainLink = { dealer_id: string; code: string; tier_id: string; status: string; level: number }

export type CartAttribution = Attribution & { chain: ChainLink[] }

/** Loads what the attribution rules need and applies them. */
export async function decideCartAttribution(
  container: MedusaContainer,
  input: CartAttributionInput
): Promise<CartAttribution> {
  const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const options = service.getOptions()
  // Dates arrive as strings once a workflow has serialised its data.
  const now = input.at ? new Date(input.at) : new Date()

  const visits = input.cart_id ? await service.listCartTouches(input.cart_id) : []
  const [buyerDealer] = input.customer_id
    ? await service.listDealers({ customer_id: input.customer_id }, { select: ["id", "status", "parent_id"] })
    : []
  const [binding] = input.customer_id
    ? await service.listCustomerBindings({ customer_id: input.customer_id, ended_at: null })
    : []

  const linkIds = [...new Set(visits.map((v) => v.link_id))]
  const links = linkIds.length
    ? await service.listReferralLinks({ id: linkIds }, { select: ["id", "status", "expires_at"], withDeleted: true })
    : []
  const dealerIds = [
    ...new Set([
      ...visits.map((v) => v.dealer_id),
      ...(binding ? [binding.dealer_id] : []),
      ...(buyerDealer?.parent_id ? [buyerDealer.parent_id] : []),
    ]),
  ]
  const dealers = dealerIds.length
    ? await service.listDealers({ id: dealerIds }, { select: ["id", "status", "parent_id"] })
    : []
  const dealerById = new Map<string, DealerState>(
    dealers.map((d) => [d.id, { id: d.id, status: d.status, parent_id: d.parent_id ?? null }])
  )
  const linkById = new Map(links.map((l) => [l.id, l]))
  const missing = (id: string): DealerState => ({ id, status: "terminated", parent_id: null })

  const touches: Touch[] = visits.map((v) => {
    const link = linkById.get(v.link_id)
    return {
      at: new Date(v.created_at),
      source: v.source,
      link_id: v.link_id,
      link_status: link?.status ?? "paused",
      link_expires_at: link?.expires_at ? new Date(link.expires_at) : null,
      dealer: dealerById.get(v.dealer_id) ?? missing(v.dealer_id),
    }
  })
  const bindingState: Binding | null = binding
    ? {
        dealer: dealerById.get(binding.dealer_id) ?? missing(binding.dealer_id),
        link_id: binding.link_id ?? null,
        expires_at: binding.expires_at ? new Date(binding.expires_at) : null,
      }
    : null

  const attribution = decideAttribution({
    now,
    model: options.attribution_model,
    window_days: options.attribution_window_days,
    dealer_purchases_attribute_to: options.dealer_purchases_attribute_to,
    buyer_dealer: buyerDealer
      ? { id: buyerDealer.id, status: buyerDealer.status, parent_id: buyerDealer.parent_id ?? null }
      : null,
    buyer_upline: buyerDealer?.parent_id ? dealerById.get(buyerDealer.parent_id) ?? null : null,
    binding: bindingState,
    touches,
  })

  return { ...attribution, chain: attribution.dealer_id ? await chainOf(service, attribution.dealer_id) : [] }
}

/** The attributed dealer and its upline as they are now, level 1 first. */
async function chainOf(service: DistributionModuleService, dealerId: string): Promise<ChainLink[]> {
  const dealer = await service.retrieveDealer(dealerId, { select: ["id", "code", "tier_id", "status"] })
  const upline = await service.listUpline(dealerId)
  return [dealer, ...upline].map((d, i) => ({
    dealer_id: d.id,
    code: d.code,
    tier_id: d.tier_id ?? (d as any).tier?.id,
    status: d.status,
    level: i + 1,
  }))
}

export const decideCartAttributionStepId = "decide-cart-attribution"

/**
 * Decides the attribution of a cart (or of the order placed from it) from
 * the recorded touches, the buyer's binding and the plugin's rules.
 *
 * @example
 * const attribution = decideCartAttributionStep({ cart_id: "cart_1", customer_id: "cus_1" })
 */
export const decideCartAttributionStep = createStep(
  decideCartAttributionStepId,
  async (input: CartAttributionInput, { container }) => {
    return new StepResponse(await decideCartAttribution(container, input))
  }
)
