import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"

/** Adds each tier's dealer head count (any status) to the tiers. */
export async function withDealerCounts<T extends { id: string }>(
  scope: MedusaContainer,
  tiers: T[]
): Promise<(T & { dealer_count: number })[]> {
  const service = scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const counts = await service.countDealersByTier(tiers.map((t) => t.id))
  return tiers.map((tier) => ({ ...tier, dealer_count: counts[tier.id] ?? 0 }))
}

/** Reads one tier as the API returns it; 404 when it does not exist. */
export async function refetchDealerTier(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [tier],
  } = await query.graph({ entity: "dealer_tier", fields, filters: { id } })
  if (!tier) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer tier with id: ${id} was not found`)
  }
  const [withCount] = await withDealerCounts(scope, [tier])
  return withCount
}
