import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type DistributionModuleService from "../../src/modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../src/types/module-names"
import { createDealerTiersWorkflow, saveCommissionPlanWorkflow } from "../../src/workflows"

/**
 * What every history shares, made once per database: a CNY region paying
 * through Medusa's system provider, a sales channel, a product with three
 * variants (no inventory, no shipping), a warehouse with a manual shipping
 * option to fulfil with, three dealer tiers and the commission plan of the
 * commission spec and bench (percentage, a product-scoped rate, a 级差
 * differential, a fixed amount per unit). Histories bring their own dealers
 * and customers.
 */
export type FuzzWorld = {
  regionId: string
  salesChannelId: string
  productId: string
  variants: { id: string; price: number }[]
  /** Tier ids by rank 1–3. */
  tierIds: string[]
  shippingOptionId: string
  locationId: string
}

const NAME = "Ledger fuzz"
const PRICES = [98, 188, 358]
const TIER_CODES = ["FZT1", "FZT2", "FZT3"]

export async function prepareWorld(container: MedusaContainer): Promise<FuzzWorld> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const productModule = container.resolve(Modules.PRODUCT)

  const [existing] = await productModule.listProducts({ handle: "ledger-fuzz-tea" }, { relations: ["variants"] })
  if (existing) {
    return loadWorld(container, existing)
  }

  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: NAME }] } })
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "countries.iso_2"] })
  let region = regions.find((r: any) => r.countries?.some((c: any) => c?.iso_2 === "cn"))
  if (!region) {
    region = (
      await createRegionsWorkflow(container).run({
        input: { regions: [{ name: NAME, currency_code: "cny", countries: ["cn"], payment_providers: ["pp_system_default"] }] },
      })
    ).result[0]
  }

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: NAME, address: { country_code: "CN", city: "Hangzhou", address_1: "1 Fuzz Rd" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ],
  })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: location.id, fulfillment_set_data: { name: `${NAME} shipping`, type: "shipping" } },
  })
  const {
    data: [withSet],
  } = await query.graph({ entity: "stock_location", fields: ["id", "fulfillment_sets.id"], filters: { id: location.id } })
  const {
    result: [zone],
  } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          fulfillment_set_id: (withSet as any).fulfillment_sets[0].id,
          name: `${NAME} zone`,
          geo_zones: [{ type: "country", country_code: "cn" }],
        },
      ],
    },
  })
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: `${NAME} profile`, type: "fuzz" }] } })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: `${NAME} standard`,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "Standard", code: "standard" },
        prices: [{ currency_code: "cny", amount: 0 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Fuzz tea",
          handle: "ledger-fuzz-tea",
          status: ProductStatus.PUBLISHED,
          sales_channels: [{ id: channel.id }],
          options: [{ title: "Size", values: ["250g", "500g", "1kg"] }],
          variants: ["250g", "500g", "1kg"].map((size, i) => ({
            title: size,
            sku: `FUZZ-${size}`,
            manage_inventory: false,
            options: { Size: size },
            prices: [{ currency_code: "cny", amount: PRICES[i] }],
          })),
        },
      ],
    },
  })

  const known = new Set((await distribution.listDealerTiers({ code: TIER_CODES })).map((t: any) => t.code))
  const missing = TIER_CODES.map((code, i) => ({ code, rank: i + 1 })).filter((t) => !known.has(t.code))
  if (missing.length) {
    await createDealerTiersWorkflow(container).run({
      input: { tiers: missing.map(({ code, rank }) => ({ code, rank, name_en: `Fuzz tier ${rank}`, name_zh: `${rank}级` })) },
    })
  }
  const tiers = new Map((await distribution.listDealerTiers({ code: TIER_CODES })).map((t: any) => [t.code, t.id as string]))
  await saveCommissionPlanWorkflow(container).run({
    input: {
      rules: [
        { name: "Everything", scope_type: "all", level: 1, type: "percentage", rate: "0.10" },
        { name: "Fuzz tea", scope_type: "product", scope_id: product.id, level: 1, type: "percentage", rate: "0.12" },
        { name: "级差 tier 2", scope_type: "all", tier_id: tiers.get("FZT2"), level: 2, type: "differential", rate: "0.15" },
        { name: "Level 2", scope_type: "all", level: 2, type: "percentage", rate: "0.05" },
        { name: "Per unit", scope_type: "all", level: 3, type: "fixed", amount: "1.50", currency_code: "cny" },
        {
          name: "阶梯 tier 3",
          scope_type: "all",
          tier_id: tiers.get("FZT3"),
          level: 1,
          type: "volume_tiers",
          currency_code: "cny",
          volume_tiers: [
            { from: "0", rate: "0.08" },
            { from: "1000", rate: "0.11" },
          ],
        },
      ] as any,
    },
  })
  return loadWorld(container, await productModule.retrieveProduct(product.id, { relations: ["variants"] }))
}

/** The world of a database prepared before (a kept database, or the second run of a spec). */
async function loadWorld(container: MedusaContainer, product: any): Promise<FuzzWorld> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: NAME } })
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "countries.iso_2"] })
  const region = regions.find((r: any) => r.countries?.some((c: any) => c?.iso_2 === "cn"))!
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.location.id"],
    filters: { name: `${NAME} standard` },
  })
  const tiers = new Map((await distribution.listDealerTiers({ code: TIER_CODES })).map((t: any) => [t.code, t.id as string]))
  const bySku = new Map<string, string>((product.variants ?? []).map((v: any) => [v.sku, v.id as string]))
  return {
    regionId: region.id,
    salesChannelId: channels[0].id,
    productId: product.id,
    variants: ["250g", "500g", "1kg"].map((size, i) => ({ id: bySku.get(`FUZZ-${size}`)!, price: PRICES[i] })),
    tierIds: TIER_CODES.map((code) => tiers.get(code)!),
    shippingOptionId: options[0].id,
    locationId: (options[0] as any).service_zone?.fulfillment_set?.location?.id,
  }
}
