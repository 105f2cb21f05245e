import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"

type WithRequestedTier = { requested_tier_id?: string | null }

/** Adds the requested tier (code and names) to each application. */
export async function withRequestedTiers<T extends WithRequestedTier>(
  scope: MedusaContainer,
  applications: T[]
) {
  const ids = [...new Set(applications.map((a) => a.requested_tier_id).filter(Boolean))] as string[]
  const service = scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const tiers = ids.length
    ? await service.listDealerTiers({ id: ids }, { select: ["id", "code", "name_en", "name_zh", "rank"] })
    : []
  const byId = new Map(tiers.map((t) => [t.id, t]))
  return applications.map((a) => ({
    ...a,
    requested_tier: (a.requested_tier_id && byId.get(a.requested_tier_id)) || null,
  }))
}

/** Reads one application as the admin API returns it; 404 when missing. */
export async function refetchDealerApplication(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [application],
  } = await query.graph({ entity: "dealer_application", fields, filters: { id } })
  if (!application) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer application with id: ${id} was not found`)
  }
  const [withTier] = await withRequestedTiers(scope, [application])
  return withTier
}
