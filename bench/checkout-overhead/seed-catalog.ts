// The checkout benchmark's catalog, the same on the plugin store and on the
// stock store (no plugin): the demo seed's store, region, tax, publishable
// key, warehouses, shipping options and products (copied from
// src/scripts/seed-demo.ts, same names, so the demo seed run after it on the
// plugin store finds them and adds only the distribution data), with deep
// stock so hundreds of checkouts never run out. Writes the ids the load
// clients need to the JSON file named by CHECKOUT_BENCH_OUT.
//
//   npx medusa exec ./bench/checkout-overhead/seed-catalog.ts
import { writeFileSync } from "node:fs"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

/** Per SKU and warehouse: enough for every checkout of a long run. */
const BENCH_STOCK = 1_000_000

const STORE_NAME = "分销演示商城 Distribution Demo Store"
const SALES_CHANNEL_NAME = "分销商城 Distribution storefront"
const API_KEY_TITLE = "分销商城 Distribution storefront"
const REGION = { name: "中国大陆 Mainland China", country: "cn", currency: "cny" }

const WAREHOUSES = [
  { name: "杭州总仓 Hangzhou main warehouse", city: "杭州 Hangzhou", address_1: "西湖区文三路 100 号", stock: 500 },
  { name: "上海仓 Shanghai warehouse", city: "上海 Shanghai", address_1: "浦东新区张江路 200 号", stock: 200 },
]

const PRODUCTS = [
  {
    handle: "west-lake-longjing",
    title: "西湖龙井 West Lake Longjing green tea",
    description: "明前特级龙井，杭州西湖产区。Pre-Qingming first-grade Longjing from West Lake, Hangzhou.",
    variants: [
      { title: "250g", sku: "LJ-250", price: 298 },
      { title: "500g", sku: "LJ-500", price: 568 },
    ],
  },
  {
    handle: "anji-white-tea",
    title: "安吉白茶 Anji white tea",
    description: "浙江安吉高山白茶。Highland white tea from Anji, Zhejiang.",
    variants: [
      { title: "250g", sku: "AJ-250", price: 268 },
      { title: "500g", sku: "AJ-500", price: 498 },
    ],
  },
  {
    handle: "jiuqu-hongmei",
    title: "九曲红梅 Jiuqu Hongmei black tea",
    description: "杭州传统红茶。A traditional black tea from Hangzhou.",
    variants: [{ title: "200g", sku: "JQ-200", price: 188 }],
  },
  {
    handle: "jingshan-gift-box",
    title: "径山茶礼盒 Jingshan tea gift box",
    description: "节日礼盒装。Festival gift box.",
    variants: [{ title: "礼盒 Gift box", sku: "JS-GIFT", price: 468 }],
  },
  {
    handle: "yixing-clay-tea-set",
    title: "紫砂茶具套装 Yixing clay tea set",
    description: "宜兴紫砂壶配四只品茗杯。A Yixing clay teapot with four cups.",
    variants: [{ title: "套装 Set", sku: "YX-SET", price: 888 }],
  },
]


export default async function seedCatalog({ container }: ExecArgs) {
  const salesChannel = await ensureSalesChannel(container)
  const region = await ensureRegion(container)
  await ensureTaxRegion(container)
  await ensureStore(container, salesChannel.id, region.id)
  const publishableKey = await ensurePublishableKey(container, salesChannel.id)
  const shippingProfileId = await ensureShippingProfile(container)
  const locationIds = await ensureWarehouses(container, salesChannel.id, shippingProfileId, region.id)
  await ensureProducts(container, salesChannel.id, shippingProfileId, locationIds)

  const products = container.resolve(Modules.PRODUCT)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const variants = await products.listProductVariants(
    { sku: PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku)) },
    { select: ["id", "sku"] }
  )
  const [shippingOption] = await fulfillment.listShippingOptions({
    name: `标准快递 Standard delivery · ${WAREHOUSES[0].name}`,
  })
  const out = {
    publishable_key: publishableKey,
    region_id: region.id,
    shipping_option_id: shippingOption.id,
    variants: Object.fromEntries(variants.map((v) => [v.sku, v.id])),
  }
  if (process.env.CHECKOUT_BENCH_OUT) {
    writeFileSync(process.env.CHECKOUT_BENCH_OUT, JSON.stringify(out, null, 2))
  }
}

async function ensureSalesChannel(container: MedusaContainer) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (existing) {
    return existing
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "分销演示商城的店面 The demo storefront" }] },
  })
  return result[0]
}

async function ensureRegion(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // A country belongs to one region at most, so the country finds it.
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "countries.iso_2"] })
  const existing = regions.find((r) => r.countries?.some((c) => c?.iso_2 === REGION.country))
  if (existing) {
    return existing
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION.name,
          currency_code: REGION.currency,
          countries: [REGION.country],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  return result[0]
}

async function ensureTaxRegion(container: MedusaContainer) {
  const tax = container.resolve(Modules.TAX)
  if ((await tax.listTaxRegions({ country_code: REGION.country })).length) {
    return
  }
  await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: REGION.country,
        provider_id: "tp_system",
        default_tax_rate: { name: "增值税 VAT", code: "VAT", rate: 13 },
      },
    ],
  })
}

async function ensureStore(container: MedusaContainer, salesChannelId: string, regionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["id", "name", "default_sales_channel_id", "default_region_id", "supported_currencies.*"],
  })
  const defaultCurrency = store.supported_currencies?.find((c) => c?.is_default)?.currency_code
  if (
    store.name === STORE_NAME &&
    defaultCurrency === REGION.currency &&
    store.default_sales_channel_id === salesChannelId &&
    store.default_region_id === regionId
  ) {
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        // Chinese shelf prices include VAT.
        supported_currencies: [{ currency_code: REGION.currency, is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
      },
    },
  })
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeys.listApiKeys({ title: API_KEY_TITLE, type: "publishable" })
  if (existing) {
    return existing.token
  }
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: API_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}

async function ensureShippingProfile(container: MedusaContainer) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) {
    return existing.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "默认 Default", type: "default" }] },
  })
  return result[0].id
}

/**
 * Each warehouse sells through the storefront's sales channel and ships
 * anywhere in mainland China for a flat ¥10. Every piece is checked on its
 * own, so a run that stopped half-way is completed by the next one.
 */
async function ensureWarehouses(
  container: MedusaContainer,
  salesChannelId: string,
  shippingProfileId: string,
  regionId: string
) {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const loadLocation = async (id: string) =>
    (
      await query.graph({
        entity: "stock_location",
        fields: [
          "id",
          "sales_channels.id",
          "fulfillment_providers.id",
          "fulfillment_sets.id",
          "fulfillment_sets.service_zones.id",
          "fulfillment_sets.service_zones.shipping_options.id",
        ],
        filters: { id },
      })
    ).data[0]

  const ids: string[] = []
  for (const warehouse of WAREHOUSES) {
    let [location] = await stockLocations.listStockLocations({ name: warehouse.name })
    if (!location) {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: [
            {
              name: warehouse.name,
              address: { country_code: "CN", city: warehouse.city, address_1: warehouse.address_1 },
            },
          ],
        },
      })
      location = result[0]
    }
    ids.push(location.id)

    let state = await loadLocation(location.id)
    if (!state.sales_channels?.some((sc) => sc?.id === salesChannelId)) {
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: location.id, add: [salesChannelId] },
      })
    }
    if (!state.fulfillment_providers?.some((fp) => fp?.id === "manual_manual")) {
      await createLinksWorkflow(container).run({
        input: [
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
          },
        ],
      })
    }
    if (!state.fulfillment_sets?.length) {
      await createLocationFulfillmentSetWorkflow(container).run({
        input: {
          location_id: location.id,
          fulfillment_set_data: { name: `${warehouse.name} 发货 shipping`, type: "shipping" },
        },
      })
      state = await loadLocation(location.id)
    }
    const fulfillmentSet = state.fulfillment_sets![0]!
    let zoneId = fulfillmentSet.service_zones?.[0]?.id
    if (!zoneId) {
      const { result } = await createServiceZonesWorkflow(container).run({
        input: {
          data: [
            {
              fulfillment_set_id: fulfillmentSet.id,
              // Service zone names are unique across the store.
              name: `${REGION.name} · ${warehouse.name}`,
              geo_zones: [{ type: "country", country_code: REGION.country }],
            },
          ],
        },
      })
      zoneId = result[0].id
    }
    if (!fulfillmentSet.service_zones?.[0]?.shipping_options?.length) {
      await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name: `标准快递 Standard delivery · ${warehouse.name}`,
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: zoneId,
            shipping_profile_id: shippingProfileId,
            type: { label: "标准快递 Standard", description: "2-3 天送达 2-3 days", code: "standard" },
            prices: [
              { currency_code: REGION.currency, amount: 10 },
              { region_id: regionId, amount: 10 },
            ],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
    }
  }
  return ids
}

async function ensureProducts(
  container: MedusaContainer,
  salesChannelId: string,
  shippingProfileId: string,
  locationIds: string[]
) {
  const products = container.resolve(Modules.PRODUCT)
  const existing = new Set(
    (await products.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })).map((p) => p.handle)
  )
  const missing = PRODUCTS.filter((p) => !existing.has(p.handle))
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfileId,
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "规格 Size", values: p.variants.map((v) => v.title) }],
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            manage_inventory: true,
            options: { "规格 Size": v.title },
            prices: [{ currency_code: REGION.currency, amount: v.price }],
          })),
        })),
      },
    })
  }

  // Stock for every demo SKU in every warehouse that does not have it yet.
  const inventory = container.resolve(Modules.INVENTORY)
  const skus = PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
  const items = await inventory.listInventoryItems({ sku: skus }, { select: ["id"] })
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: items.map((i) => i.id) },
    { select: ["inventory_item_id", "location_id"] }
  )
  const stocked = new Set(levels.map((l) => `${l.inventory_item_id}:${l.location_id}`))
  const newLevels = locationIds.flatMap((location_id) =>
    items
      .filter((item) => !stocked.has(`${item.id}:${location_id}`))
      .map((item) => ({ inventory_item_id: item.id, location_id, stocked_quantity: BENCH_STOCK }))
  )
  if (newLevels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: newLevels } })
  }
}
