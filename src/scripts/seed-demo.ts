import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  FeatureFlag,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createApiKeysWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { newVisitorToken } from "../lib/attribution/visitor"
import type { PlanRuleInput } from "../lib/commission/validate-plan"
import type CommissionModuleService from "../modules/commission/service"
import type DistributionModuleService from "../modules/distribution/service"
import type PayoutModuleService from "../modules/payout/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE, PAYOUT_MODULE, WAREHOUSE_MODULE } from "../types/module-names"
import {
  accrueOrderCommissionWorkflow,
  attributeOrderWorkflow,
  createDealerTiersWorkflow,
  createDealerWorkflow,
  createLedgerAdjustmentWorkflow,
  recordReferralTouchWorkflow,
  saveCommissionPlanWorkflow,
  submitDealerApplicationWorkflow,
} from "../workflows"
import {
  createPayoutBatchWorkflow,
  savePayoutAccountWorkflow,
  setPayoutAccountStatusWorkflow,
} from "../workflows/payout"
import {
  createDealerLocationWorkflow,
  createStockCountWorkflow,
  createStockTransferWorkflow,
  receiveStockTransferWorkflow,
  recordStockCountsWorkflow,
  saveItemCostWorkflow,
  saveStockThresholdsWorkflow,
  shipStockTransferWorkflow,
} from "../workflows/warehouse"
import { listDealerLocationLinks } from "../workflows/warehouse/steps/dealer-location-owners"
import type WarehouseModuleService from "../modules/warehouse/service"

/**
 * Demo data for the development store and the browser test: a CNY store with
 * two warehouses and a few products, the admin user, three dealer tiers, a
 * dealer network three levels deep and two applications waiting for review;
 * then a commission plan, four orders placed through dealers' referral links
 * (attributed and accrued, so the ledger and this month's statements have
 * entries, all pending) and one manual adjustment; then payouts: bank
 * accounts (manual provider) for three dealers, one verified, bonuses that
 * make commission available, and one draft payout batch waiting for the
 * merchant's review and approval.
 *
 * Idempotent: everything is looked up by its name, handle, email or code
 * first, so running it again creates nothing new. The plan is saved only
 * while it is empty (the merchant's edits stay), an order only when its
 * buyer's email has none, an adjustment once by its idempotency key, a
 * payout account only when the dealer has none (and verified once), the
 * batch only while the store has no payout batch at all.
 *
 *   npx medusa exec ./src/scripts/seed-demo.ts
 */

const ADMIN = { email: "admin@distribution.test", password: "supersecret" }
/** Every demo customer (dealers and applicants) signs in with this password. */
const CUSTOMER_PASSWORD = "supersecret"

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

const TIERS = [
  { code: "T1", name_zh: "一级经销商", name_en: "Tier 1 distributor", rank: 1, description: "直接向厂家进货的区域总代理。Regional agents buying directly from the producer." },
  { code: "T2", name_zh: "二级经销商", name_en: "Tier 2 distributor", rank: 2, description: "城市经销商。City distributors." },
  { code: "T3", name_zh: "三级经销商", name_en: "Tier 3 distributor", rank: 3, description: "门店与推广员。Shops and promoters." },
]

type DemoPerson = { email: string; first_name: string; last_name: string; phone: string }

/** Parents come before their children. */
const DEALERS: (DemoPerson & {
  code: string
  tier: string
  parent: string | null
  display_name: string
  company_name: string
  region: string
  address: string
})[] = [
  { code: "HZ001", tier: "T1", parent: null, email: "dealer-hz@distribution.test", first_name: "建国", last_name: "陈", phone: "13800000001", display_name: "杭州西湖茶业", company_name: "杭州西湖茶业有限公司", region: "浙江省杭州市", address: "西湖区龙井路 1 号" },
  { code: "SH001", tier: "T1", parent: null, email: "dealer-sh@distribution.test", first_name: "丽华", last_name: "周", phone: "13800000002", display_name: "上海浦江茶贸", company_name: "上海浦江茶业贸易有限公司", region: "上海市", address: "黄浦区南京东路 88 号" },
  { code: "NB101", tier: "T2", parent: "HZ001", email: "dealer-nb@distribution.test", first_name: "海涛", last_name: "王", phone: "13800000003", display_name: "宁波甬茶商行", company_name: "宁波甬茶商行", region: "浙江省宁波市", address: "海曙区中山西路 12 号" },
  { code: "SX101", tier: "T2", parent: "HZ001", email: "dealer-sx@distribution.test", first_name: "秀英", last_name: "李", phone: "13800000004", display_name: "绍兴越茶坊", company_name: "绍兴越茶坊", region: "浙江省绍兴市", address: "越城区解放北路 36 号" },
  { code: "SZ101", tier: "T2", parent: "SH001", email: "dealer-sz@distribution.test", first_name: "志强", last_name: "张", phone: "13800000005", display_name: "苏州姑苏茶庄", company_name: "苏州姑苏茶庄", region: "江苏省苏州市", address: "姑苏区观前街 8 号" },
  { code: "NB201", tier: "T3", parent: "NB101", email: "dealer-nb-hs@distribution.test", first_name: "小燕", last_name: "刘", phone: "13800000006", display_name: "海曙茶铺", company_name: "宁波海曙茶铺", region: "浙江省宁波市", address: "海曙区天一广场 3 号" },
  { code: "SX201", tier: "T3", parent: "SX101", email: "dealer-sx-kq@distribution.test", first_name: "国平", last_name: "赵", phone: "13800000007", display_name: "柯桥茶室", company_name: "绍兴柯桥茶室", region: "浙江省绍兴市", address: "柯桥区笛扬路 20 号" },
  { code: "SZ201", tier: "T3", parent: "SZ101", email: "dealer-sz-yq@distribution.test", first_name: "静", last_name: "孙", phone: "13800000008", display_name: "园区茶社", company_name: "苏州工业园区茶社", region: "江苏省苏州市", address: "工业园区星湖街 66 号" },
]

/** Plain customers who applied to become dealers; the admin approves or rejects them. */
const APPLICANTS: (DemoPerson & {
  company_name: string
  region: string
  requested_tier: string
  desired_parent_code: string
  message: string
})[] = [
  { email: "applicant-wang@distribution.test", first_name: "伟", last_name: "王", phone: "13900000001", company_name: "温州瓯江茶行", region: "浙江省温州市", requested_tier: "T2", desired_parent_code: "HZ001", message: "在温州经营茶叶十年，希望成为二级经销商。Ten years selling tea in Wenzhou." },
  { email: "applicant-li@distribution.test", first_name: "娜", last_name: "李", phone: "13900000002", company_name: "昆山玉山茶舍", region: "江苏省昆山市", requested_tier: "T3", desired_parent_code: "SZ101", message: "社区茶舍，想代理龙井和白茶。A neighbourhood tea house." },
]

/**
 * The commission plan, in the merchant's order: the sale earns 10 % (12 % on
 * Longjing), a tier-2 upline tops its downline up to 15 % (级差), the third
 * level earns ¥1 per unit.
 */
const PLAN: (Pick<PlanRuleInput, "name" | "scope_type" | "level" | "type"> &
  Partial<Pick<PlanRuleInput, "rate" | "amount" | "currency_code">> & { product?: string; tier?: string })[] = [
  { name: "直销佣金 Direct sale", scope_type: "all", level: 1, type: "percentage", rate: "0.1" },
  { name: "龙井推广 Longjing promotion", scope_type: "product", product: "west-lake-longjing", level: 1, type: "percentage", rate: "0.12" },
  { name: "二级级差 Tier-2 differential", scope_type: "all", tier: "T2", level: 2, type: "differential", rate: "0.15" },
  { name: "三级每件奖励 Level-3 per unit", scope_type: "all", level: 3, type: "fixed", amount: "1.00", currency_code: REGION.currency },
]

/**
 * Orders placed by guests who came through a dealer's referral link. Each
 * buyer's email marks its order: a buyer with an order is skipped. (NB101's
 * link is left without orders: the referral browser test counts its own.)
 */
const DEMO_ORDERS: { email: string; code: string; items: { sku: string; quantity: number }[] }[] = [
  { email: "buyer-keqiao@distribution.test", code: "SX201", items: [{ sku: "LJ-250", quantity: 2 }, { sku: "JQ-200", quantity: 1 }] },
  { email: "buyer-suzhou@distribution.test", code: "SZ201", items: [{ sku: "AJ-500", quantity: 1 }, { sku: "YX-SET", quantity: 1 }] },
  { email: "buyer-shaoxing@distribution.test", code: "SX101", items: [{ sku: "JS-GIFT", quantity: 2 }] },
  { email: "buyer-hangzhou@distribution.test", code: "HZ001", items: [{ sku: "LJ-500", quantity: 1 }] },
]

/** A manual adjustment, written once (its idempotency key). */
const DEMO_ADJUSTMENT = {
  code: "HZ001",
  amount: "50.00",
  reason: "开业奖励 Opening bonus",
  idempotency_key: "demo-seed-opening-bonus-HZ001",
}

/**
 * Bank accounts for the manual payout provider (the merchant transfers by
 * hand and marks each payout paid). HZ001's is verified; the others wait for
 * the merchant's check. SH001 has none: the batch skips it.
 */
const DEMO_PAYOUT_ACCOUNTS: {
  code: string
  bank_name: string
  account_holder: string
  account_number: string
  verified: boolean
}[] = [
  { code: "HZ001", bank_name: "中国工商银行杭州西湖支行", account_holder: "杭州西湖茶业有限公司", account_number: "1202021209000123456", verified: true },
  { code: "SX101", bank_name: "招商银行绍兴分行", account_holder: "李秀英", account_number: "6214835712345678", verified: false },
  { code: "SZ101", bank_name: "中国建设银行苏州观前街支行", account_holder: "张志强", account_number: "6217001234567890123", verified: false },
]

/**
 * Bonuses (available at once) so that there is commission to pay out: the
 * orders' commission is still pending. With HZ001's opening bonus the draft
 * batch pays HZ001 50.00, SX101 320.00 and SZ101 180.00; SH001's bonus
 * waits for its bank account. (No bonus for NB101, whose orders the referral
 * browser test counts, nor for HZ001, whose balance and statement the
 * commission browser test reads: only its opening bonus goes into the batch.)
 */
const DEMO_PAYOUT_BONUSES = [
  { code: "SX101", amount: "320.00", reason: "季度销售奖励 Quarterly sales bonus", idempotency_key: "demo-seed-quarterly-bonus-SX101" },
  { code: "SZ101", amount: "180.00", reason: "展会推广补贴 Trade fair promotion allowance", idempotency_key: "demo-seed-trade-fair-SZ101" },
  { code: "SH001", amount: "120.00", reason: "区域开拓奖励 Regional launch bonus", idempotency_key: "demo-seed-launch-bonus-SH001" },
]

const DEMO_PAYOUT_BATCH_NOTE = "首批佣金结算（演示）First commission payout (demo)"

/**
 * The demo catalog without any distribution data — store, region and tax,
 * sales channel and publishable key, shipping, warehouses with stock,
 * products — as Medusa needs it to sell. Shared with the checkout benchmark
 * (bench/checkout-overhead), which seeds the same catalog into a store
 * without the plugin; `stock` (per SKU and warehouse) overrides the demo's.
 */
export async function ensureDemoCatalog(container: MedusaContainer, options: { stock?: number } = {}) {
  const salesChannel = await ensureSalesChannel(container)
  const region = await ensureRegion(container)
  await ensureTaxRegion(container)
  await ensureStore(container, salesChannel.id, region.id)
  const publishableKey = await ensurePublishableKey(container, salesChannel.id)
  const shippingProfileId = await ensureShippingProfile(container)
  const locationIds = await ensureWarehouses(container, salesChannel.id, shippingProfileId, region.id)
  await ensureProducts(container, salesChannel.id, shippingProfileId, locationIds, options.stock)
  return { salesChannel, region, publishableKey, shippingProfileId, locationIds }
}

/** The demo's SKUs and its first warehouse's shipping option name (the checkout benchmark buys them). */
export const DEMO_SKUS = PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
export const DEMO_SHIPPING_OPTION_NAME = `标准快递 Standard delivery · ${WAREHOUSES[0].name}`

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const { salesChannel, region, publishableKey: apiKey } = await ensureDemoCatalog(container)
  const adminId = await ensureAdmin(container)
  const { tierIds, dealerIds } = await ensureDistribution(container)
  await ensureCommissionPlan(container, tierIds)
  const placed = await ensureDemoOrders(container, salesChannel.id, region.id, dealerIds)
  await ensureDemoAdjustment(container, dealerIds, adminId)
  await ensureDemoPayouts(container, dealerIds, adminId)
  const { locationIds } = await ensureDemoCatalog(container)
  await ensureDemoWarehouse(container, dealerIds, locationIds[0], adminId)
  logger.info(`Demo data is in place${placed ? ` (placed ${placed} demo order${placed > 1 ? "s" : ""})` : ""}.`)

  console.log(
    [
      "",
      "=".repeat(72),
      " medusa-plugin-distribution demo store",
      "=".repeat(72),
      ` Admin            http://localhost:${process.env.PORT ?? 9000}/app`,
      ` Admin login      ${ADMIN.email} / ${ADMIN.password}`,
      ` Publishable key  ${apiKey}`,
      ` Dealer logins    (password ${CUSTOMER_PASSWORD})`,
      ...DEALERS.map((d) => `   ${d.tier}  ${d.code.padEnd(6)} ${d.email.padEnd(34)} ${d.display_name}`),
      ` Applicants       (password ${CUSTOMER_PASSWORD}, applications pending)`,
      ...APPLICANTS.map((a) => `         ${a.email.padEnd(34)} ${a.company_name}`),
      ` Demo orders      (guests through referral links; commission pending)`,
      ...DEMO_ORDERS.map((o) => `   ${o.code.padEnd(6)} ${o.email}`),
      ` Payouts          (bank accounts; a draft batch to approve under Distribution → Payouts)`,
      ...DEMO_PAYOUT_ACCOUNTS.map((a) => `   ${a.code.padEnd(6)} ${a.bank_name} · ${a.account_holder}`),
      ` Warehouses       (Distribution → Warehouses: transfers, a count, low-stock alerts, analysis)`,
      `   ${DEMO_DEALER_WAREHOUSE.code.padEnd(6)} ${DEMO_DEALER_WAREHOUSE.name}`,
      "=".repeat(72),
      "",
    ].join("\n")
  )
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
  locationIds: string[],
  stock?: number
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
  const newLevels = locationIds.flatMap((location_id, i) =>
    items
      .filter((item) => !stocked.has(`${item.id}:${location_id}`))
      .map((item) => ({ inventory_item_id: item.id, location_id, stocked_quantity: stock ?? WAREHOUSES[i].stock }))
  )
  if (newLevels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: newLevels } })
  }
}

/**
 * The emailpass identity for an email, registered with `password` when there
 * is none — what `medusa user` and the storefront's sign-up do.
 */
async function ensureEmailpassIdentity(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (provider) {
    return await auth.retrieveAuthIdentity(provider.auth_identity_id!)
  }
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity
}

/** The admin user, created the way `npx medusa user -e … -p …` does. */
async function ensureAdmin(container: MedusaContainer) {
  const users = container.resolve(Modules.USER)
  let [user] = await users.listUsers({ email: ADMIN.email })
  if (!user) {
    // With RBAC on, `medusa user` makes the user a super admin; so do we.
    let roles: string[] = []
    if (FeatureFlag.isFeatureEnabled("rbac")) {
      const rbac = container.resolve(Modules.RBAC)
      roles = (await rbac.listRbacRoles({ id: "role_super_admin" })).map((r) => r.id)
    }
    const { result } = await createUsersWorkflow(container).run({
      input: { users: [{ email: ADMIN.email, first_name: "Demo", last_name: "Admin", roles }] },
    })
    user = result[0]
  }
  const identity = await ensureEmailpassIdentity(container, ADMIN.email, ADMIN.password)
  if (identity.app_metadata?.user_id !== user.id) {
    await container.resolve(Modules.AUTH).updateAuthIdentities({
      id: identity.id,
      app_metadata: { ...identity.app_metadata, user_id: user.id },
    })
  }
  return user.id
}

/** A customer with an account (can sign in on the storefront), by email. */
async function ensureCustomerAccount(container: MedusaContainer, person: DemoPerson) {
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({ email: person.email, has_account: true })
  if (existing) {
    return existing.id
  }
  const identity = await ensureEmailpassIdentity(container, person.email, CUSTOMER_PASSWORD)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: identity.id,
      customerData: {
        email: person.email,
        first_name: person.first_name,
        last_name: person.last_name,
        phone: person.phone,
      },
    },
  })
  return result.id
}

async function ensureDistribution(container: MedusaContainer) {
  const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)

  const existingTiers = await distribution.listDealerTiers({ code: TIERS.map((t) => t.code) })
  const missingTiers = TIERS.filter((t) => !existingTiers.some((e) => e.code === t.code))
  if (missingTiers.length) {
    await createDealerTiersWorkflow(container).run({ input: { tiers: missingTiers } })
  }
  const tierIds = new Map(
    (await distribution.listDealerTiers({ code: TIERS.map((t) => t.code) })).map((t) => [t.code, t.id])
  )

  const dealerIds = new Map<string, string>()
  for (const dealer of DEALERS) {
    const [existing] = await distribution.listDealers({ code: dealer.code })
    if (existing) {
      dealerIds.set(dealer.code, existing.id)
      continue
    }
    const customerId = await ensureCustomerAccount(container, dealer)
    const { result } = await createDealerWorkflow(container).run({
      input: {
        dealer: {
          customer_id: customerId,
          tier_id: tierIds.get(dealer.tier)!,
          parent_id: dealer.parent ? dealerIds.get(dealer.parent)! : null,
          code: dealer.code,
          display_name: dealer.display_name,
          company_name: dealer.company_name,
          contact_name: `${dealer.last_name}${dealer.first_name}`,
          phone: dealer.phone,
          email: dealer.email,
          region: dealer.region,
          address: dealer.address,
          contract_number: `HT-2026-${dealer.code}`,
          contract_start_at: "2026-01-01T00:00:00.000Z",
          contract_end_at: "2027-12-31T23:59:59.000Z",
        },
      },
    })
    dealerIds.set(dealer.code, result.id)
  }

  for (const applicant of APPLICANTS) {
    const customerId = await ensureCustomerAccount(container, applicant)
    if ((await distribution.listDealerApplications({ customer_id: customerId })).length) {
      continue
    }
    await submitDealerApplicationWorkflow(container).run({
      input: {
        customer_id: customerId,
        application: {
          company_name: applicant.company_name,
          contact_name: `${applicant.last_name}${applicant.first_name}`,
          phone: applicant.phone,
          email: applicant.email,
          region: applicant.region,
          requested_tier_id: tierIds.get(applicant.requested_tier)!,
          desired_parent_code: applicant.desired_parent_code,
          message: applicant.message,
        },
      },
    })
  }
  return { tierIds, dealerIds }
}

/** The commission plan, saved only while the store has none (a merchant's edits stay). */
async function ensureCommissionPlan(container: MedusaContainer, tierIds: Map<string, string>) {
  const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  if ((await commission.listPlan()).length) {
    return
  }
  const products = container.resolve(Modules.PRODUCT)
  const handles = PLAN.flatMap((r) => (r.product ? [r.product] : []))
  const productIds = new Map(
    (await products.listProducts({ handle: handles }, { select: ["id", "handle"] })).map((p) => [p.handle, p.id])
  )
  const rules: PlanRuleInput[] = PLAN.map(({ product, tier, ...rule }) => ({
    rate: null,
    amount: null,
    currency_code: null,
    volume_tiers: null,
    is_active: true,
    ...rule,
    scope_id: product ? productIds.get(product)! : null,
    tier_id: tier ? tierIds.get(tier)! : null,
  }))
  await saveCommissionPlanWorkflow(container).run({ input: { rules } })
}

/**
 * Places the demo orders the way a storefront does — cart with the items and
 * an address, a visit through the dealer's referral link, the warehouse's
 * shipping option, a pp_system_default payment session, completion — then
 * runs what the order.placed subscriber does, and waits for it: the
 * attribution, then the commission accrual (under `medusa exec` the event's
 * subscriber is not awaited; the script could end before it finishes). Both
 * write once per order however often they run, so racing the subscriber is
 * harmless and an order whose accrual was interrupted is finished on the
 * next run. Returns how many orders were placed.
 */
async function ensureDemoOrders(
  container: MedusaContainer,
  salesChannelId: string,
  regionId: string,
  dealerIds: Map<string, string>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = container.resolve(Modules.PRODUCT)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const variants = await products.listProductVariants(
    { sku: DEMO_ORDERS.flatMap((o) => o.items.map((i) => i.sku)) },
    { select: ["id", "sku"] }
  )
  const variantIds = new Map(variants.map((v) => [v.sku, v.id]))
  const [shippingOption] = await fulfillment.listShippingOptions({
    name: `标准快递 Standard delivery · ${WAREHOUSES[0].name}`,
  })

  let placed = 0
  for (const demo of DEMO_ORDERS) {
    if (!dealerIds.has(demo.code)) {
      continue
    }
    let orderId: string | undefined = (
      await query.graph({ entity: "order", fields: ["id"], filters: { email: demo.email } })
    ).data[0]?.id
    if (!orderId) {
      const { result: cart } = await createCartWorkflow(container).run({
        input: {
          region_id: regionId,
          sales_channel_id: salesChannelId,
          email: demo.email,
          items: demo.items.map((i) => ({ variant_id: variantIds.get(i.sku)!, quantity: i.quantity })),
          shipping_address: {
            first_name: "演示",
            last_name: "买家",
            address_1: "西湖区文三路 100 号",
            city: "杭州 Hangzhou",
            postal_code: "310000",
            country_code: REGION.country,
            phone: "13700000000",
          },
          metadata: { demo_seed: true, referral_code: demo.code },
        },
      })
      await recordReferralTouchWorkflow(container).run({
        input: { code: demo.code, source: "link", cart_id: cart.id, visitor_token: newVisitorToken() },
      })
      await addShippingMethodToCartWorkflow(container).run({
        input: { cart_id: cart.id, options: [{ id: shippingOption.id }] },
      })
      const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
        input: { cart_id: cart.id },
      })
      await createPaymentSessionsWorkflow(container).run({
        input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
      })
      const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
      orderId = result.id
      placed += 1
    }
    await attributeOrderWorkflow(container).run({ input: { order_id: orderId } })
    await accrueOrderCommissionWorkflow(container).run({ input: { order_id: orderId } })
  }
  return placed
}

/** HZ001's opening bonus. */
async function ensureDemoAdjustment(container: MedusaContainer, dealerIds: Map<string, string>, adminId: string) {
  const dealerId = dealerIds.get(DEMO_ADJUSTMENT.code)
  if (dealerId) {
    const { code, ...adjustment } = DEMO_ADJUSTMENT
    await ensureAdjustment(container, dealerId, adminId, adjustment)
  }
}

/** A manual adjustment by the admin, once by its idempotency key (the workflow prefixes it). */
async function ensureAdjustment(
  container: MedusaContainer,
  dealerId: string,
  adminId: string,
  adjustment: { amount: string; reason: string; idempotency_key: string }
) {
  const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  if ((await commission.listCommissionEntries({ idempotency_key: `adjustment:${adjustment.idempotency_key}` })).length) {
    return
  }
  await createLedgerAdjustmentWorkflow(container).run({
    input: { ...adjustment, dealer_id: dealerId, currency_code: REGION.currency, created_by: adminId },
  })
}

/**
 * The payout demo: bank accounts (set by the admin, as the dealer page
 * does; HZ001's verified), bonuses that make commission available, and one
 * draft manual batch reserving it — made only while the store has no batch,
 * so a batch the merchant approved, paid or canceled is never followed by
 * another one on the next run.
 */
async function ensureDemoPayouts(container: MedusaContainer, dealerIds: Map<string, string>, adminId: string) {
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)

  for (const demo of DEMO_PAYOUT_ACCOUNTS) {
    const dealerId = dealerIds.get(demo.code)
    if (!dealerId) {
      continue
    }
    let [account] = await payouts.listPayoutAccounts({ dealer_id: dealerId, provider_id: "manual" })
    if (!account) {
      const { result } = await savePayoutAccountWorkflow(container).run({
        input: {
          dealer_id: dealerId,
          provider_id: "manual",
          fields: { bank_name: demo.bank_name, account_holder: demo.account_holder, account_number: demo.account_number },
          actor_type: "user",
          actor_id: adminId,
        },
      })
      account = result
    }
    // Verified once: an account the merchant locked or unlocked later stays as it is.
    if (
      demo.verified &&
      account.status === "unverified" &&
      !(await payouts.listPayoutAccountChanges({ account_id: account.id, action: ["verified", "locked"] })).length
    ) {
      await setPayoutAccountStatusWorkflow(container).run({
        input: { account_id: account.id, action: "verify", actor_id: adminId },
      })
    }
  }

  for (const { code, ...bonus } of DEMO_PAYOUT_BONUSES) {
    const dealerId = dealerIds.get(code)
    if (dealerId) {
      await ensureAdjustment(container, dealerId, adminId, bonus)
    }
  }

  const [, batchCount] = await payouts.listAndCountPayoutBatches({}, { take: 1, select: ["id"] })
  if (batchCount) {
    return
  }
  await createPayoutBatchWorkflow(container).run({
    input: {
      currency_code: REGION.currency,
      provider_id: "manual",
      note: DEMO_PAYOUT_BATCH_NOTE,
      source: "admin",
      created_by: adminId,
      require_any: false,
    },
  })
}

/** The demo dealer warehouse, stocked from the main warehouse by a received transfer. */
const DEMO_DEALER_WAREHOUSE = {
  code: "HZ001",
  name: "杭州西湖茶业仓 HZ001 dealer warehouse",
  address: { address_1: "西湖区龙井路 1 号", city: "杭州 Hangzhou", country_code: "cn" },
}
/** What one unit costs the producer (stock value, count variances). */
const DEMO_UNIT_COSTS: Record<string, string> = {
  "LJ-250": "150.00",
  "LJ-500": "290.00",
  "AJ-250": "130.00",
  "AJ-500": "250.00",
  "JQ-200": "90.00",
  "JS-GIFT": "230.00",
  "YX-SET": "420.00",
}
/** Received into the dealer warehouse (LJ-500 arrives one short, with a note). */
const DEMO_TRANSFER_IN = [
  { sku: "LJ-250", quantity: 12, received: 12 },
  { sku: "LJ-500", quantity: 6, received: 5, note: "1 盒破损 one box damaged" },
  { sku: "JQ-200", quantity: 4, received: 4 },
]
/** Waiting in draft for the admin to ship. */
const DEMO_TRANSFER_DRAFT = [
  { sku: "AJ-250", quantity: 10 },
  { sku: "JS-GIFT", quantity: 3 },
]

/**
 * Warehouses (仓库): the HZ001 dealer owns a warehouse stocked by a received
 * transfer from the main warehouse, a second transfer waits in draft, every
 * SKU has a unit cost, low-stock thresholds are set (JQ-200 and LJ-500 at the
 * dealer are at or below their reorder point: two alerts are open) and a stock count of the
 * dealer warehouse is in progress. Only when the dealer has no warehouse yet.
 */
async function ensureDemoWarehouse(
  container: MedusaContainer,
  dealerIds: Map<string, string>,
  mainLocationId: string,
  adminId: string
) {
  const dealerId = dealerIds.get(DEMO_DEALER_WAREHOUSE.code)!
  if ((await listDealerLocationLinks(container, { dealer_id: dealerId })).length) {
    return
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const warehouse = container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
  const items = await inventory.listInventoryItems({ sku: Object.keys(DEMO_UNIT_COSTS) }, { select: ["id", "sku"] })
  const itemId = new Map(items.map((item) => [item.sku!, item.id]))

  for (const [sku, unit_cost] of Object.entries(DEMO_UNIT_COSTS)) {
    await saveItemCostWorkflow(container).run({
      input: { inventory_item_id: itemId.get(sku)!, currency_code: REGION.currency, unit_cost },
    })
  }

  const { result: location } = await createDealerLocationWorkflow(container).run({
    input: { dealer_id: dealerId, name: DEMO_DEALER_WAREHOUSE.name, address: DEMO_DEALER_WAREHOUSE.address },
  })

  const { result: inbound } = await createStockTransferWorkflow(container).run({
    input: {
      from_location_id: mainLocationId,
      to_location_id: location.id,
      note: "首批进货 First stock for the dealer warehouse",
      lines: DEMO_TRANSFER_IN.map((l) => ({ inventory_item_id: itemId.get(l.sku)!, quantity: l.quantity })),
      actor_id: adminId,
    },
  })
  await shipStockTransferWorkflow(container).run({ input: { id: inbound.id, actor_id: adminId } })
  const lines = await warehouse.listStockTransferLines({ transfer_id: inbound.id })
  await receiveStockTransferWorkflow(container).run({
    input: {
      id: inbound.id,
      actor_id: adminId,
      lines: DEMO_TRANSFER_IN.map((l) => ({
        line_id: lines.find((line) => line.inventory_item_id === itemId.get(l.sku))!.id,
        received_quantity: l.received,
        note: l.note,
      })),
    },
  })
  await createStockTransferWorkflow(container).run({
    input: {
      from_location_id: mainLocationId,
      to_location_id: location.id,
      note: "补货 Restock for the spring tea season",
      lines: DEMO_TRANSFER_DRAFT.map((l) => ({ inventory_item_id: itemId.get(l.sku)!, quantity: l.quantity })),
      actor_id: adminId,
    },
  })

  await saveStockThresholdsWorkflow(container).run({
    input: {
      thresholds: [
        ...items.map((item) => ({ inventory_item_id: item.id, location_id: mainLocationId, reorder_point: 50, reorder_quantity: 200 })),
        ...DEMO_TRANSFER_IN.map((l) => ({ inventory_item_id: itemId.get(l.sku)!, location_id: location.id, reorder_point: 5, reorder_quantity: null })),
      ],
    },
  })

  const { result: count } = await createStockCountWorkflow(container).run({
    input: { location_id: location.id, note: "月末盘点 Month-end count", actor_id: adminId } as any,
  })
  await recordStockCountsWorkflow(container).run({
    input: { count_id: count.id, entries: [{ sku: "LJ-250", counted_quantity: 11 }], actor_id: adminId } as any,
  })
}
