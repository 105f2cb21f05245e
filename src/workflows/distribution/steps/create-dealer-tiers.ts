import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export type CreateDealerTierData = {
  code: string
  name_en: string
  name_zh: string
  rank: number
  description?: string | null
  customer_group_id: string
  metadata?: Record<string, unknown> | null
}

export const createDealerTiersStepId = "create-dealer-tiers"

/**
 * Creates dealer tiers, each already paired with its customer group.
 *
 * @example
 * const tiers = createDealerTiersStep([{ code: "T1", name_en: "Tier 1", name_zh: "一级", rank: 1, customer_group_id: "cusgroup_1" }])
 */
export const createDealerTiersStep = createStep(
  createDealerTiersStepId,
  async (data: CreateDealerTierData[], { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const tiers = await service.createDealerTiers(data)
    return new StepResponse(tiers, tiers.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.deleteDealerTiers(ids)
  }
)
