import { distributionTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import fc from "fast-check"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import qs from "qs"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { fulfilOrder, placeOrder, setUpFulfilment } from "../helpers/order-lifecycle"
import { fillRoute, pluginRoutes, PluginRoute } from "../helpers/route-inventory"
import { setUpStorefront } from "../helpers/storefront"

jest.setTimeout(600 * 1000)

/**
 * Hostile input against every route the plugin serves (read off src/api by
 * `pluginRoutes()`, so a new route is fuzzed without editing this file).
 * fast-check generates bodies, query strings and path ids: wrong types,
 * missing and unknown fields, 100 kB strings, -1 / NaN / Infinity / 1e309 /
 * "1e3" / "0x10", SQL-looking strings, unicode, NUL, nested junk, broken
 * JSON; and mutations of a valid body one field at a time, to get past the
 * first validation error. Every answer must be < 500; every 4xx must carry a
 * message; a 4xx must leave every plugin table exactly as it was (row count
 * and an md5 over the rows). A second part checks mass assignment: a dealer
 * cannot set its own tier, status, parent, rate or balance through any store
 * route it can write to.
 *
 * HOSTILE_RUNS (per property and route, default 2) and HOSTILE_SEED (default
 * fixed; "random" for a fresh one) run more locally; a failure prints the
 * seed and the counterexample so it can be replayed.
 */

const RUNS = Number(process.env.HOSTILE_RUNS ?? 2)
const BASE_SEED =
  process.env.HOSTILE_SEED === "random"
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.HOSTILE_SEED ?? 20261207)

// ---------------------------------------------------------------------------
// Arbitraries

/** A value that must reach the server verbatim (1e309 is valid JSON and parses to Infinity). */
const raw = (text: string) => `\u0001RAW:${text}`
const toJson = (value: unknown) =>
  JSON.stringify(value).replace(/"\\u0001RAW:([^"]*)"/g, (_, text: string) => text)

const HUGE = "x".repeat(100_000)
const QUERY_HUGE = "q".repeat(4_000) // a URL over Node's 16 kB header limit is refused by Node itself, before Medusa

const SPECIAL_STRINGS = [
  "",
  " ",
  "   \t\n",
  "'; drop table distribution_dealer; --",
  "' OR '1'='1",
  "1); select pg_sleep(5); --",
  "%",
  "_",
  "\\",
  "\u0000",
  "a\u0000b",
  "💸🧧🀄",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "𝕏" + "\uD800", // a lone surrogate
  "null",
  "undefined",
  "true",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "1e3",
  "0x10",
  "-1",
  "-0",
  "00012",
  "1.5",
  "1,5",
  "9".repeat(40),
  "2026-13-45",
  "0000-00-00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "__proto__",
  "constructor",
  "$where",
]
const SPECIAL_NUMBERS = [-1, 0, -0, 1, 0.5, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, 1e21, 1e-7, 0.1 + 0.2]
const RAW_NUMBERS = ["1e309", "-1e309", "1e3", "1E-400", "-0.0", "123456789012345678901234567890"]

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "binary" }) }
)
const hostileNumber = fc.oneof(
  fc.constantFrom(...SPECIAL_NUMBERS),
  fc.constantFrom(...RAW_NUMBERS).map(raw),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true })
)
const hostileLeaf = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[]], { "": "" }) }
)

/** Fields a dealer must never be able to set on itself (or anything). */
const MASS_ASSIGNMENT_FIELDS = [
  "tier_id",
  "status",
  "parent_id",
  "rate",
  "balance",
  "dealer_id",
  "customer_id",
  "amount_available",
  "verified",
  "is_active",
  "id",
  "created_at",
  "depth",
  "path",
  "code",
  "amount",
  "metadata",
]

/** Filled in from the valid bodies below, so junk lands on names routes actually read. */
const KNOWN_FIELDS = new Set<string>(MASS_ASSIGNMENT_FIELDS)
const QUERY_FIELDS = [
  "limit",
  "offset",
  "q",
  "fields",
  "order",
  "expand",
  "status",
  "format",
  "period",
  "from",
  "to",
  "currency_code",
  "dealer_id",
  "tier_id",
  "location_id",
  "depth",
  "kind",
  "group_by",
  "spend_min",
  "spend_max",
  "period_days",
  "top",
  "with_deleted",
  "created_at",
]

const fieldName = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...KNOWN_FIELDS) },
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "", "a.b", "$gt") },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) }
  )

const hostileValue = () =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      hostileLeaf,
      fc.array(tie("value"), { maxLength: 3 }),
      fc.dictionary(fieldName(), tie("value"), { maxKeys: 3 })
    ),
  })).value

/** A request body as text: usually a JSON object of junk, sometimes any JSON value or text that is no JSON at all. */
const hostileBody = () =>
  fc.oneof(
    { weight: 6, arbitrary: fc.dictionary(fieldName(), hostileValue(), { maxKeys: 6 }).map(toJson) },
    { weight: 2, arbitrary: hostileValue().map(toJson) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('{"a": NaN}', '{"amount": Infinity}', '{"a":', "{'a': 1}", "", "\u0000", '{"a":1}{"b":2}'),
    }
  )

const queryValue = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(fc.constantFrom(...SPECIAL_STRINGS), fc.string({ maxLength: 20 })) },
  { weight: 1, arbitrary: fc.constant(QUERY_HUGE) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_NUMBERS, "-5", "0", "1.5", "101", "1000000") },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...SPECIAL_STRINGS), { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("$gt", "$lt", "$eq", "$in", "$ilike", "x"), fc.constantFrom(...SPECIAL_STRINGS), { maxKeys: 2 }) }
)
const hostileQuery = fc.dictionary(
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_FIELDS) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10 }) }),
  queryValue,
  { maxKeys: 4 }
)

const junkId = fc.oneof(
  fc.constantFrom(
    "does_not_exist",
    "'; drop table payout; --",
    "💸",
    "%00",
    "a\u0000b",
    "-1",
    "NaN",
    "1e309",
    "x".repeat(2_000),
    "dealer_01ARZ3NDEKTSV4RRFFQ69G5FAV"
  ),
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => `id${s}`)
)

type Mutation = { kind: "replace" | "delete" | "add"; path: string[]; value?: unknown }

/** Every field of a valid body (one level into objects and the first element of arrays). */
function fieldPaths(body: Record<string, unknown>): string[][] {
  const paths: string[][] = []
  for (const [key, value] of Object.entries(body)) {
    paths.push([key])
    const inner = Array.isArray(value) ? value[0] : value
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      for (const innerKey of Object.keys(inner)) {
        paths.push(Array.isArray(value) ? [key, "0", innerKey] : [key, innerKey])
      }
    }
  }
  return paths
}

function applyMutation(body: Record<string, unknown>, mutation: Mutation): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(body))
  const target = mutation.path.slice(0, -1).reduce((o: any, k) => o[k], copy)
  const key = mutation.path[mutation.path.length - 1]
  if (mutation.kind === "delete") {
    delete target[key]
  } else {
    target[key] = mutation.value
  }
  return copy
}

/** A valid body with one field swapped for junk or removed, or joined by an unknown field (sometimes two of these). */
const mutatedBody = (valid: Record<string, unknown>) => {
  const paths = fieldPaths(valid)
  const add: fc.Arbitrary<Mutation> = fc.record({
    kind: fc.constant("add" as const),
    path: fc.oneof(fc.constantFrom(...MASS_ASSIGNMENT_FIELDS), fc.string({ minLength: 1, maxLength: 8 })).map((k) => [k]),
    value: hostileValue(),
  })
  const one: fc.Arbitrary<Mutation> = paths.length
    ? fc.oneof(
        { weight: 6, arbitrary: fc.record({ kind: fc.constant("replace" as const), path: fc.constantFrom(...paths), value: hostileValue() }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...paths) }) },
        { weight: 1, arbitrary: add }
      )
    : add
  return fc
    .oneof({ weight: 4, arbitrary: one.map((m) => [m]) }, { weight: 1, arbitrary: fc.array(one, { minLength: 2, maxLength: 2 }) })
    .map((mutations) => ({
      mutations,
      body: toJson(
        mutations.reduce((b, m) => {
          try {
            return applyMutation(b, m)
          } catch {
            return b
          }
        }, valid)
      ),
    }))
}

// ---------------------------------------------------------------------------
// The plugin's tables, read off its migrations, and a fingerprint of them

const MODULES = path.resolve(__dirname, "../../src/modules")
const PLUGIN_TABLES = Array.from(
  new Set(
    readdirSync(MODULES).flatMap((mod) => {
      const dir = path.join(MODULES, mod, "migrations")
      let files: string[] = []
      try {
        files = readdirSync(dir).filter((f) => f.endsWith(".ts"))
      } catch {
        return []
      }
      return files.flatMap((f) =>
        Array.from(readFileSync(path.join(dir, f), "utf8").matchAll(/create table if not exists \\?"([a-z0-9_]+)\\?"/g), (m) => m[1])
      )
    })
  )
)
  // The referral rate limiter's counters count refused requests too, by design: not a partial write.
  .filter((t) => t !== "distribution_rate_limit_window")
  .sort()

// Destructive actions run after everything else, so the world the other routes see stays realistic.
const DESTRUCTIVE = /\/(terminate|suspend|reactivate|cancel|reject|approve|apply|remove|move|mark-paid|mark-failed|lock|unlock|verify|ship|receive|retry|refresh|accept)$/
const phase = (r: PluginRoute) => (r.method === "GET" ? 0 : r.method === "DELETE" || DESTRUCTIVE.test(r.path) ? 2 : 1)
const ROUTES = pluginRoutes().sort((a, b) => phase(a) - phase(b))
const routeName = (r: PluginRoute) => `${r.method} ${r.path}`

distributionTestRunner({
  testSuite: ({ api, getContainer, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let dealerHeaders: Record<string, string> // B, a dealer signed in as its customer
    let applicantHeaders: Record<string, string> // a customer who is no dealer
    let tables: string[] = []
    /** Real ids by the path segment(s) before a route param. */
    const real: Record<string, string> = {}
    /** A valid body per "METHOD path" (with real ids), the base the mutations start from. */
    const valid: Record<string, Record<string, unknown>> = {}
    let cartId: string

    const must = async <T = any>(what: string, request: Promise<any>): Promise<T> => {
      try {
        return (await request).data
      } catch (e: any) {
        throw new Error(`${what}: ${e?.response?.status} ${JSON.stringify(e?.response?.data ?? e?.message)}`)
      }
    }

    beforeAll(async () => {
      const container = getContainer()
      admin = await signInAdmin(api, container)
      store = await setUpStorefront(api, admin)
      const fulfilment = await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })

      const tier = async (code: string, rank: number) =>
        (await must("tier", api.post("/admin/distribution/tiers", { code, rank, name_en: code, name_zh: code }, admin))).tier
      const T1 = await tier("T1", 1)
      const T2 = await tier("T2", 2)
      const dealer = async (code: string, tierId: string, parentId?: string) => {
        const account = await registerCustomer(api, store.publishableKey, `${code.toLowerCase()}@dealers.test`)
        const created = (
          await must(
            `dealer ${code}`,
            api.post(
              "/admin/distribution/dealers",
              { customer_id: account.customer_id, tier_id: tierId, display_name: `Dealer ${code}`, code, ...(parentId ? { parent_id: parentId } : {}) },
              admin
            )
          )
        ).dealer
        return { dealer: created, headers: { ...account.config.headers, ...store.pk }, customerId: account.customer_id }
      }
      const A = await dealer("HZ001", T1.id)
      const B = await dealer("NB101", T2.id, A.dealer.id)
      dealerHeaders = B.headers
      const applicant = await registerCustomer(api, store.publishableKey, "applicant@shop.test")
      applicantHeaders = { ...applicant.config.headers, ...store.pk }
      const application = (
        await must(
          "application",
          api.post("/store/distribution/applications", { contact_name: "Li Lei", phone: "13800000000", desired_parent_code: "HZ001" }, { headers: applicantHeaders })
        )
      ).application

      // A shopper buys through B's link: attribution, binding, commission for B and A.
      await must(
        "plan",
        api.post(
          "/admin/distribution/commission/plan",
          {
            rules: [
              { scope_type: "all", level: 1, type: "percentage", rate: "0.10" },
              { scope_type: "all", level: 2, type: "percentage", rate: "0.05" },
            ],
          },
          admin
        )
      )
      const link = (await must("link", api.post("/store/distribution/me/links", { name: "Spring tea" }, { headers: B.headers }))).link
      const shopper = await registerCustomer(api, store.publishableKey, "shopper@shop.test")
      const orderId = await placeOrder(api, store, {
        referralCode: "NB101",
        quantity: 2,
        customerHeaders: { ...shopper.config.headers, ...store.pk },
        email: "shopper@shop.test",
        utils,
      })
      await fulfilOrder(api, admin, orderId)
      await must("mature", api.post(`/admin/distribution/commission/orders/${orderId}/mature`, { skip_hold: true }, admin))
      await must(
        "adjustment",
        api.post(
          "/admin/distribution/commission/adjustments",
          { dealer_id: A.dealer.id, amount: "120.50", currency_code: "cny", reason: "Opening balance", idempotency_key: "hostile-000001" },
          admin
        )
      )

      // Payout accounts and a draft batch paying both.
      const accountA = (
        await must(
          "account A",
          api.post(
            `/admin/distribution/dealers/${A.dealer.id}/payout-accounts`,
            { provider_id: "manual", bank_name: "招商银行", account_holder: "Holder A", account_number: "6222 0212 3456 7890" },
            admin
          )
        )
      ).payout_account
      await must(
        "account B",
        api.put(
          "/store/distribution/me/payout-account",
          { provider_id: "manual", bank_name: "工商银行", account_holder: "Holder B", account_number: "6212-2612-0300-1234-567" },
          { headers: B.headers }
        )
      )
      const batch = (await must("batch", api.post("/admin/distribution/payouts/batches", { currency_code: "cny", provider_id: "manual" }, admin))).batch
      const payouts = (await must("payouts", api.get(`/admin/distribution/payouts?batch_id=${batch.id}`, admin))).payouts

      // Warehouse: an item stocked at the producer's warehouse, B's own location, a draft transfer and count, a cost, a threshold.
      const location = (
        await must(
          "dealer location",
          api.post(`/admin/distribution/dealers/${B.dealer.id}/locations`, { name: "Ningbo warehouse", address: { address_1: "1 Road", city: "Ningbo", country_code: "cn" } }, admin)
        )
      ).location
      const item = (await must("item", api.post("/admin/inventory-items", { sku: "TEA-1", title: "Longjing" }, admin))).inventory_item
      await must("level", api.post(`/admin/inventory-items/${item.id}/location-levels`, { location_id: fulfilment.locationId, stocked_quantity: 50 }, admin))
      const transfer = (
        await must(
          "transfer",
          api.post(
            "/admin/distribution/warehouse/transfers",
            { from_location_id: fulfilment.locationId, to_location_id: location.id, lines: [{ inventory_item_id: item.id, quantity: 2 }] },
            admin
          )
        )
      ).transfer
      const count = (await must("count", api.post("/admin/distribution/warehouse/counts", { location_id: fulfilment.locationId }, admin))).count
      const cost = (
        await must("cost", api.post("/admin/distribution/warehouse/item-costs", { inventory_item_id: item.id, currency_code: "cny", unit_cost: "12.50" }, admin))
      ).item_cost
      const thresholds = (
        await must(
          "threshold",
          api.post(
            "/admin/distribution/warehouse/thresholds",
            { thresholds: [{ inventory_item_id: item.id, location_id: fulfilment.locationId, reorder_point: 10 }] },
            admin
          )
        )
      ).thresholds

      // Customer tiers, dealer tier rules, a proposal if the evaluation makes one.
      const vip = (
        await must(
          "customer tier",
          api.post(
            "/admin/distribution/customer-tiers",
            { code: "VIP", name_en: "VIP", name_zh: "贵宾", rank: 1, rules: [{ window_months: 12, min_orders: 1 }] },
            admin
          )
        )
      ).tier
      const rule = (
        await must(
          "tier rule",
          api.post(
            "/admin/distribution/performance/tier-rules",
            { from_tier_id: T2.id, to_tier_id: T1.id, direction: "upgrade", min_sales: "0", currency_code: "cny", window_months: 1 },
            admin
          )
        )
      ).tier_rule
      await api.post("/admin/distribution/performance/evaluate", {}, admin).catch(() => undefined)
      const proposal = (await api.get("/admin/distribution/performance/tier-proposals", admin).catch(() => ({ data: {} }))).data
        ?.tier_proposals?.[0]

      // An open cart for the referral routes.
      cartId = (await must("cart", api.post("/store/carts", { region_id: store.region.id, email: "guest@shop.test" }, { headers: store.pk }))).cart.id

      const set = (key: string, value: string | undefined) => {
        if (value) real[key] = value
      }
      set("applications/:id", application.id)
      set("attributions/:order_id", orderId)
      set("orders/:order_id", orderId)
      set("statements/:dealer_id", B.dealer.id)
      set("customer-tiers/:id", vip.id)
      set("customers-insights/:customer_id", shopper.customer_id)
      set("customers/:id", shopper.customer_id)
      set("dealers/:id", B.dealer.id)
      set("locations/:location_id", location.id)
      set("links/:id", link.id)
      set("orders/:id", orderId)
      set("payout-accounts/:id", accountA.id)
      set("payouts/:id", payouts[0]?.id)
      set("batches/:id", batch.id)
      set("tier-proposals/:id", proposal?.id)
      set("tier-rules/:id", rule.id)
      set("tiers/:id", T2.id)
      set("counts/:id", count.id)
      set("item-costs/:id", cost.id)
      set("thresholds/:id", thresholds?.[0]?.id)
      set("transfers/:id", transfer.id)
      set("statements/:period", "2026-11")

      const bodies: Record<string, Record<string, unknown>> = {
        "POST /admin/distribution/applications/:id/approve": { tier_id: T2.id, parent_id: A.dealer.id, code: "NEW01", display_name: "New dealer" },
        "POST /admin/distribution/applications/:id/reject": { reason: "Region covered" },
        "POST /admin/distribution/commission/adjustments": {
          dealer_id: B.dealer.id,
          amount: "5.25",
          currency_code: "cny",
          reason: "Correction",
          idempotency_key: "hostile-000002",
        },
        "POST /admin/distribution/commission/mature": {},
        "POST /admin/distribution/commission/orders/:order_id/mature": { skip_hold: true },
        "POST /admin/distribution/commission/plan": {
          rules: [{ scope_type: "all", level: 1, type: "percentage", rate: "0.10", is_active: true }],
        },
        "POST /admin/distribution/commission/preview": {
          dealer_id: B.dealer.id,
          currency_code: "cny",
          month_sales: "100",
          lines: [{ title: "Tea", quantity: 2, unit_price: "100.00", discount: "0" }],
        },
        "POST /admin/distribution/customer-tiers/:id": { name_en: "Very important", rank: 2 },
        "POST /admin/distribution/customer-tiers/:id/rules": {
          rules: [{ window_months: 12, min_spend: "500", currency_code: "cny", min_orders: 2 }],
        },
        "POST /admin/distribution/customer-tiers/evaluate": { customer_ids: [shopper.customer_id] },
        "POST /admin/distribution/customer-tiers": { code: "GOLD", name_en: "Gold", name_zh: "金卡", rank: 3, description: "x", rules: [] },
        "POST /admin/distribution/customers/:id/binding": { dealer_id: A.dealer.id, reason: "Moved" },
        "POST /admin/distribution/dealers/:id/links": { name: "Autumn", target_type: "home", expires_at: "2030-01-01T00:00:00Z" },
        "POST /admin/distribution/dealers/:id/locations/link": { location_id: fulfilment.locationId },
        "POST /admin/distribution/dealers/:id/locations": { name: "Second", address: { address_1: "2 Road", city: "Ningbo", country_code: "CN" } },
        "POST /admin/distribution/dealers/:id/move": { parent_id: null, reason: "Reorganised" },
        "POST /admin/distribution/dealers/:id/payout-accounts": {
          provider_id: "manual",
          bank_name: "建设银行",
          account_holder: "Holder B",
          account_number: "6227 0000 1111 2222",
        },
        "POST /admin/distribution/dealers/:id/reactivate": { reason: "Back" },
        "POST /admin/distribution/dealers/:id": { display_name: "Ningbo tea", phone: "+86 138 0000 0000", email: "nb@dealers.test", contract_start_at: "2026-01-01" },
        "POST /admin/distribution/dealers/:id/suspend": { reason: "Audit" },
        "POST /admin/distribution/dealers/:id/terminate": { reason: "Contract ended" },
        "POST /admin/distribution/dealers": {
          customer_id: applicant.customer_id,
          tier_id: T2.id,
          parent_id: A.dealer.id,
          display_name: "Applicant dealer",
          code: "AP001",
        },
        "POST /admin/distribution/links/:id": { name: "Renamed", status: "active" },
        "POST /admin/distribution/payout-accounts/:id/lock": { reason: "Name mismatch" },
        "POST /admin/distribution/payouts/:id/mark-failed": { reason: "Account closed" },
        "POST /admin/distribution/payouts/:id/mark-paid": { reference: "CMB-1" },
        "POST /admin/distribution/payouts/batches": { currency_code: "cny", provider_id: "manual", dealer_ids: [A.dealer.id], note: "December" },
        "POST /admin/distribution/performance/evaluate": { period: "2026-11" },
        "POST /admin/distribution/performance/tier-proposals/:id/accept": { note: "Well done" },
        "POST /admin/distribution/performance/tier-proposals/:id/reject": { note: "Seasonal" },
        "POST /admin/distribution/performance/tier-rules/:id": { min_sales: "450.50", window_months: 2, active: true },
        "POST /admin/distribution/performance/tier-rules": {
          from_tier_id: T1.id,
          to_tier_id: T2.id,
          direction: "downgrade",
          min_sales: "10",
          currency_code: "cny",
          window_months: 3,
          min_active_customers: 0,
        },
        "POST /admin/distribution/tiers/:id": { name_en: "Silver", description: "Second level" },
        "POST /admin/distribution/tiers": { code: "T3", rank: 3, name_en: "T3", name_zh: "三级", metadata: { a: 1 } },
        "POST /admin/distribution/warehouse/counts/:id/import": { csv: "sku,counted\nTEA-1,49\n" },
        "POST /admin/distribution/warehouse/counts/:id/lines": { lines: [{ inventory_item_id: item.id, counted_quantity: 48 }] },
        "POST /admin/distribution/warehouse/counts": { location_id: fulfilment.locationId, note: "spot", inventory_item_ids: [item.id] },
        "POST /admin/distribution/warehouse/item-costs": { inventory_item_id: item.id, currency_code: "cny", unit_cost: "13.25" },
        "POST /admin/distribution/warehouse/thresholds/import": { csv: `sku,location_id,reorder_point\nTEA-1,${fulfilment.locationId},5\n` },
        "POST /admin/distribution/warehouse/thresholds": {
          thresholds: [{ inventory_item_id: item.id, location_id: fulfilment.locationId, reorder_point: 12, reorder_quantity: 20 }],
        },
        "POST /admin/distribution/warehouse/transfers/:id/receive": { lines: [{ line_id: transfer.lines[0].id, received_quantity: 2, note: "ok" }] },
        "POST /admin/distribution/warehouse/transfers/:id": { note: "urgent", lines: [{ inventory_item_id: item.id, quantity: 3 }] },
        "POST /admin/distribution/warehouse/transfers": {
          from_location_id: fulfilment.locationId,
          to_location_id: location.id,
          note: "top-up",
          lines: [{ inventory_item_id: item.id, quantity: 1 }],
        },
        "POST /store/distribution/applications": {
          company_name: "Tea Co",
          contact_name: "Han Meimei",
          phone: "+86 139 0000 0000",
          email: "han@shop.test",
          region: "Zhejiang",
          message: "Hello",
        },
        "POST /store/distribution/me/links/:id": { name: "Spring tea 2", status: "active" },
        "POST /store/distribution/me/links": { name: "Summer", target_type: "home" },
        "PUT /store/distribution/me/payout-account": {
          provider_id: "manual",
          bank_name: "工商银行",
          account_holder: "Holder B",
          account_number: "6212-2612-0300-1234-567",
        },
        "POST /store/distribution/me/withdrawals": { currency_code: "cny", provider_id: "manual" },
        "POST /store/distribution/me/restock-orders": { lines: [{ variant_id: store.variantId, quantity: 2 }], location_id: location.id, region_id: store.region.id },
        "POST /store/distribution/referrals/attach": { code: "NB101", cart_id: cartId },
        "POST /store/distribution/referrals/visit": { code: "NB101", cart_id: cartId },
      }
      Object.assign(valid, bodies)
      for (const body of Object.values(bodies)) {
        for (const p of fieldPaths(body)) KNOWN_FIELDS.add(p[p.length - 1])
      }

      await utils.waitWorkflowExecutions()
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      // Link tables (dealer ↔ customer, attribution ↔ order, …) are the plugin's too.
      const links = await pg.raw(
        `select table_name from link_module_migrations
          where table_name ~ '(distribution|dealer|commission|payout|restock|customer_tier|stock_transfer|referral)'`
      )
      // The referral rate limiter counts every touch, refused ones included ("malformed requests spend budget too"): bookkeeping, not a write.
      const bookkeeping = new Set(["distribution_rate_limit_window"])
      tables = [...PLUGIN_TABLES, ...links.rows.map((r: any) => r.table_name)].filter((t) => !bookkeeping.has(t)).sort()
      // eslint-disable-next-line no-console
      console.log(
        `hostile input: ${ROUTES.length} routes, ${RUNS} runs per property, base seed ${BASE_SEED}; ` +
          `${tables.length} plugin tables fingerprinted; real ids for ${Object.keys(real).join(", ")}`
      )
    })

    /** Row count and an md5 over every row of every plugin table. */
    const fingerprint = async (): Promise<Record<string, string>> => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const sql = tables
        .map((t) => `select '${t}' as t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as f from "${t}" x`)
        .join(" union all ")
      const { rows } = await pg.raw(sql)
      return Object.fromEntries(rows.map((r: any) => [r.t, r.f]))
    }
    const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
      Object.keys(after).filter((t) => before[t] !== after[t])

    const headersFor = (route: PluginRoute): Record<string, string> => {
      if (route.path.startsWith("/admin/")) return admin.headers
      if (route.path.startsWith("/store/distribution/me")) return dealerHeaders
      if (route.path.startsWith("/store/distribution/applications")) return applicantHeaders
      if (route.path.startsWith("/store/")) return store.pk
      return {}
    }

    const realParams = (routePath: string): Record<string, string> => {
      const parts = routePath.split("/")
      const params: Record<string, string> = {}
      parts.forEach((part, i) => {
        if (part.startsWith(":")) {
          const id = real[`${parts[i - 1]}/${part}`]
          if (id) params[part.slice(1)] = id
        }
      })
      return params
    }

    type Sent = { status: number; data: any; text: string }
    const send = async (route: PluginRoute, url: string, body: string | undefined): Promise<Sent> => {
      const res = await api.request({
        method: route.method,
        url,
        data: body,
        headers: { ...headersFor(route), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
        transformRequest: [(d: unknown) => d],
        responseType: "arraybuffer",
        validateStatus: () => true,
        maxContentLength: Infinity,
        maxBodyLength: Infinity,
      })
      const text = Buffer.from(res.data ?? []).toString("utf8")
      let data: any = undefined
      try {
        data = JSON.parse(text)
      } catch {
        // binary or text answers (qr.png, exports) are fine when they are 2xx
      }
      if (res.status < 400 && route.method !== "GET") {
        // Let what a success started (events, subscribers) settle before the next fingerprint.
        await utils.waitWorkflowExecutions()
      }
      return { status: res.status, data, text }
    }

    /** The three properties of one answer. */
    const check = async (route: PluginRoute, url: string, body: string | undefined) => {
      // A GET is checked once around all its runs (it must change nothing at all), a write around each request.
      const before = route.method === "GET" ? undefined : await fingerprint()
      const res = await send(route, url, body)
      const where = `${route.method} ${url.slice(0, 300)} body=${(body ?? "").slice(0, 300)}`
      if (res.status >= 500) {
        throw new Error(`${res.status} for ${where}: ${res.text.slice(0, 500)}`)
      }
      if (res.status >= 400) {
        if (typeof res.data?.message !== "string" || !res.data.message.trim()) {
          throw new Error(`${res.status} without a message for ${where}: ${res.text.slice(0, 300)}`)
        }
        const changed = before ? changedTables(before, await fingerprint()) : []
        if (changed.length) {
          throw new Error(`partial write: ${res.status} (${res.data.message}) but ${changed.join(", ")} changed, for ${where}`)
        }
      }
      return res
    }

    const urlFor = (route: PluginRoute, params: Record<string, string>, query: Record<string, unknown>) => {
      const search = qs.stringify(query, { encodeValuesOnly: false })
      return fillRoute(route.path, params) + (search ? `?${search}` : "")
    }

    const routeArbitrary = (route: PluginRoute) => {
      const names = Array.from(route.path.matchAll(/:([a-z_]+)/g), (m) => m[1])
      const realOnes = realParams(route.path)
      const params = fc.record(
        Object.fromEntries(
          names.map((n) => [n, realOnes[n] ? fc.oneof({ weight: 3, arbitrary: fc.constant(realOnes[n]) }, { weight: 1, arbitrary: junkId }) : junkId])
        ) as Record<string, fc.Arbitrary<string>>
      )
      // Always tried first, whatever the seed: a NUL in every id, and a page of -1 / 1e309 with a NUL in the body.
      const examples: [Record<string, string>, Record<string, unknown>, string | undefined][] = [
        [Object.fromEntries(names.map((n) => [n, "a\u0000b"])), {}, undefined],
        [realOnes, { offset: "-1", limit: "1e309" }, toJson({ note: "a\u0000b", name: "\u0000" })],
      ]
      return { params, realOnes, examples }
    }

    describe("mass assignment: a dealer never sets its own tier, status, parent, rate or balance", () => {
      const dealerWritable = ROUTES.filter((r) => r.path.startsWith("/store/") && r.method !== "GET")

      const dealerState = async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await pg.raw(
          `select d.id, d.tier_id, d.status, d.parent_id, d.depth, d.path, d.code, d.customer_id,
                  (select coalesce(sum(e.amount), 0)::text from commission_entry e where e.dealer_id = d.id) as ledger_total,
                  (select count(*)::int from payout_account a where a.dealer_id = d.id and a.status = 'verified') as verified_accounts
             from distribution_dealer d where d.deleted_at is null order by d.id`
        )
        return rows
      }

      it.each(dealerWritable.map((r) => [routeName(r), r] as const))("%s", async (_name, route) => {
        const base = valid[routeName(route)] ?? {}
        const url = fillRoute(route.path, realParams(route.path))
        for (const field of MASS_ASSIGNMENT_FIELDS.filter((f) => !(f in base))) {
          const before = await dealerState()
          const tables = await fingerprint()
          const value = field === "balance" || field === "amount_available" || field === "rate" ? "999999" : field === "verified" || field === "is_active" ? true : field === "metadata" ? { tier_id: "x" } : "dtier_forged"
          const res = await send(route, url, toJson({ ...base, [field]: value }))
          if (res.status >= 500) {
            throw new Error(`${res.status} for ${route.method} ${url} with ${field}: ${res.text.slice(0, 300)}`)
          }
          if (res.status === 400) {
            // A clear refusal that names the field, and nothing written.
            expect({ field, message: res.data?.message }).toEqual({ field, message: expect.stringContaining(field) })
            expect(changedTables(tables, await fingerprint())).toEqual([])
          } else {
            // Anything else (another 4xx for another reason, or a success) must have ignored the field.
            expect({ field, status: res.status, dealers: await dealerState() }).toEqual({ field, status: res.status, dealers: before })
          }
        }
      })
    })
    describe("every route answers hostile input with a 4xx and a message, never a 500, never a partial write", () => {
      it.each(ROUTES.map((r, i) => [routeName(r), r, i] as const))("%s", async (_name, route, index) => {
        const seed = BASE_SEED + index
        const { params, realOnes, examples } = routeArbitrary(route)
        const hasBody = route.method !== "GET" && route.method !== "DELETE"
        const statuses: Record<number, number> = {}
        const tally = (s: Sent) => {
          statuses[s.status] = (statuses[s.status] ?? 0) + 1
        }

        const untouched = route.method === "GET" ? await fingerprint() : undefined

        // 1. Junk everywhere: path ids, query, body.
        await fc.assert(
          fc.asyncProperty(params, hostileQuery, hasBody ? hostileBody() : fc.constant(undefined), async (p, query, body) => {
            tally(await check(route, urlFor(route, p, query), body))
          }),
          {
            numRuns: RUNS,
            seed,
            endOnFailure: !process.env.HOSTILE_SHRINK,
            examples: examples.map(([p, q, b]) => [p, q, hasBody ? b : undefined]),
          }
        )

        // 2. A valid body (real ids) with one or two fields broken, so the request gets past the first check.
        const base = valid[routeName(route)]
        if (hasBody && base) {
          await fc.assert(
            fc.asyncProperty(mutatedBody(base), async ({ body }) => {
              tally(await check(route, fillRoute(route.path, realOnes), body))
            }),
            { numRuns: RUNS, seed: seed + 1_000_000, endOnFailure: !process.env.HOSTILE_SHRINK }
          )
        }
        if (untouched) {
          expect({ route: routeName(route), changed: changedTables(untouched, await fingerprint()) }).toEqual({ route: routeName(route), changed: [] })
        }
        // eslint-disable-next-line no-console
        console.log(`${routeName(route)}: seed ${seed}, statuses ${JSON.stringify(statuses)}`)
      })
    })

  },
})
