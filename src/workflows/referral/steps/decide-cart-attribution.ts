import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { attributionFacts, dealerState } from "../../../lib/attribution/attribution-facts"
import { Attribution, decideAttribution } from "../../../lib/attribution/decide-attribution"
import type { PluginOptions } from "../../../lib/options/plugin-options"
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
  const attribution = decideFromRows(options, now, { visits, links, dealers, buyer_dealer: buyerDealer, binding })

  return { ...attribution, chain: attribution.dealer_id ? await chainOf(service, attribution.dealer_id) : [] }
}

/** The rows the attribution of a cart is decided from, however they were read. */
export type AttributionRows = {
  /** The cart's touches (listCartTouches). */
  visits: Parameters<ReturnType<typeof attributionFacts>["touches"]>[0]
  /** The touches' links, deleted ones too. */
  links: Parameters<typeof attributionFacts>[1]
  /** The touches' dealers, the bound dealer and the buyer's upline (not deleted ones). */
  dealers: Parameters<typeof attributionFacts>[0]
  buyer_dealer: Parameters<typeof dealerState>[0] | null | undefined
  binding: Parameters<ReturnType<typeof attributionFacts>["binding"]>[0]
}

/** Applies the plugin's attribution rules to the rows read for a cart (one implementation for every reader). */
export function decideFromRows(
  options: Pick<PluginOptions, "attribution_model" | "attribution_window_days" | "dealer_purchases_attribute_to">,
  now: Date,
  rows: AttributionRows
): Attribution {
  const facts = attributionFacts(rows.dealers, rows.links)
  return decideAttribution({
    now,
    model: options.attribution_model,
    window_days: options.attribution_window_days,
    dealer_purchases_attribute_to: options.dealer_purchases_attribute_to,
    buyer_dealer: rows.buyer_dealer ? dealerState(rows.buyer_dealer) : null,
    buyer_upline: facts.loadedDealer(rows.buyer_dealer?.parent_id),
    binding: facts.binding(rows.binding),
    touches: facts.touches(rows.visits),
  })
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
