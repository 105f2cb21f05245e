import { distributionTestRunner } from "../helpers/test-runner"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { addShippingMethod, fulfilOrder, placeOrder, setUpFulfilment } from "../helpers/order-lifecycle"
import { setUpStorefront } from "../helpers/storefront"
import { fillRoute, pluginRoutes, type PluginRoute } from "../helpers/route-inventory"

jest.setTimeout(300 * 1000)

/**
 * The authorization matrix: every route the plugin serves (read off src/api,
 * so a new route fails this file until it is given a class below) called by
 * every kind of caller — nobody, a storefront with only its publishable key,
 * a signed-in customer who is no dealer, dealer A, dealer B, a suspended and
 * a terminated dealer, an admin — and the answer each must get. Then IDOR:
 * dealer A, signed in, using dealer B's real ids and every query-string trick
 * (`dealer_id=`, `customer_id=`, `fields=` expansions…) must never read or
 * change anything of B's.
 */

type Method = PluginRoute["method"]
type Principal = "none" | "publishable_key" | "customer" | "dealer_a" | "dealer_b" | "suspended" | "terminated" | "admin"

/**
 * Every route, by class. Reviewed by hand: a route that is not here fails
 * the first test, so whoever adds a route decides who may call it.
 *
 * - admin: Medusa's admin authentication (a user's session, bearer or secret key).
 * - dealer: the signed-in customer's own dealer profile (`/store/distribution/me*`).
 * - customer: any signed-in customer (dealer applications).
 * - public: anyone with the storefront's publishable key (guests included).
 * - webhook: WeChat Pay's callback; authenticated by its signature, not by a session.
 */
type RouteClass = "admin" | "dealer" | "customer" | "public" | "webhook"

const STORE = "/store/distribution"
const ROUTE_CLASSES: Record<string, RouteClass> = {
  [`GET ${STORE}/me`]: "dealer",
  [`GET ${STORE}/me/balance`]: "dealer",
  [`GET ${STORE}/me/commissions`]: "dealer",
  [`GET ${STORE}/me/customers`]: "dealer",
  [`GET ${STORE}/me/links`]: "dealer",
  [`POST ${STORE}/me/links`]: "dealer",
  [`POST ${STORE}/me/links/:id`]: "dealer",
  [`GET ${STORE}/me/links/:id/qr.png`]: "dealer",
  [`GET ${STORE}/me/links/:id/qr.svg`]: "dealer",
  [`GET ${STORE}/me/payout-account`]: "dealer",
  [`PUT ${STORE}/me/payout-account`]: "dealer",
  [`GET ${STORE}/me/payouts`]: "dealer",
  [`GET ${STORE}/me/performance`]: "dealer",
  [`GET ${STORE}/me/restock-orders`]: "dealer",
  [`POST ${STORE}/me/restock-orders`]: "dealer",
  [`GET ${STORE}/me/statements`]: "dealer",
  [`GET ${STORE}/me/statements/:period`]: "dealer",
  [`GET ${STORE}/me/stock`]: "dealer",
  [`GET ${STORE}/me/stock/transfers`]: "dealer",
  [`GET ${STORE}/me/withdrawals`]: "dealer",
  [`POST ${STORE}/me/withdrawals`]: "dealer",
  [`GET ${STORE}/applications`]: "customer",
  [`POST ${STORE}/applications`]: "customer",
  [`POST ${STORE}/referrals/attach`]: "public",
  [`POST ${STORE}/referrals/visit`]: "public",
  [`GET ${STORE}/tiers`]: "public",
  ["POST /hooks/distribution/wechatpay"]: "webhook",
  ...Object.fromEntries(
    [
      "GET /applications",
      "GET /applications/:id",
      "POST /applications/:id/approve",
      "POST /applications/:id/reject",
      "GET /attributions/:order_id",
      "POST /commission/adjustments",
      "GET /commission/entries",
      "POST /commission/mature",
      "GET /commission/orders/:order_id",
      "POST /commission/orders/:order_id/mature",
      "GET /commission/plan",
      "POST /commission/plan",
      "POST /commission/preview",
      "GET /commission/statements",
      "GET /commission/statements/:dealer_id",
      "GET /customer-tiers",
      "POST /customer-tiers",
      "DELETE /customer-tiers/:id",
      "GET /customer-tiers/:id",
      "POST /customer-tiers/:id",
      "POST /customer-tiers/:id/rules",
      "GET /customer-tiers/changes",
      "POST /customer-tiers/evaluate",
      "GET /customers-insights",
      "GET /customers-insights/:customer_id",
      "GET /customers/:id/binding",
      "POST /customers/:id/binding",
      "GET /dashboard",
      "GET /dealers",
      "POST /dealers",
      "GET /dealers/:id",
      "POST /dealers/:id",
      "GET /dealers/:id/balance",
      "GET /dealers/:id/downline",
      "GET /dealers/:id/graph",
      "GET /dealers/:id/history",
      "GET /dealers/:id/links",
      "POST /dealers/:id/links",
      "GET /dealers/:id/locations",
      "POST /dealers/:id/locations",
      "DELETE /dealers/:id/locations/:location_id",
      "POST /dealers/:id/locations/link",
      "POST /dealers/:id/move",
      "GET /dealers/:id/payout-accounts",
      "POST /dealers/:id/payout-accounts",
      "POST /dealers/:id/reactivate",
      "POST /dealers/:id/suspend",
      "POST /dealers/:id/terminate",
      "POST /links/:id",
      "GET /links/:id/qr.png",
      "GET /links/:id/qr.svg",
      "GET /orders/:id/stock-source",
      "POST /payout-accounts/:id/lock",
      "POST /payout-accounts/:id/unlock",
      "POST /payout-accounts/:id/verify",
      "GET /payouts",
      "GET /payouts/:id",
      "POST /payouts/:id/cancel",
      "POST /payouts/:id/mark-failed",
      "POST /payouts/:id/mark-paid",
      "POST /payouts/:id/refresh",
      "POST /payouts/:id/remove",
      "POST /payouts/:id/retry",
      "GET /payouts/batches",
      "POST /payouts/batches",
      "GET /payouts/batches/:id",
      "POST /payouts/batches/:id/approve",
      "POST /payouts/batches/:id/cancel",
      "GET /payouts/batches/:id/export",
      "GET /payouts/providers",
      "GET /performance/dealers",
      "GET /performance/dealers/:id",
      "POST /performance/evaluate",
      "GET /performance/tier-proposals",
      "POST /performance/tier-proposals/:id/accept",
      "POST /performance/tier-proposals/:id/reject",
      "GET /performance/tier-rules",
      "POST /performance/tier-rules",
      "DELETE /performance/tier-rules/:id",
      "GET /performance/tier-rules/:id",
      "POST /performance/tier-rules/:id",
      "GET /reports/commission",
      "GET /reports/sales",
      "GET /tiers",
      "POST /tiers",
      "DELETE /tiers/:id",
      "GET /tiers/:id",
      "POST /tiers/:id",
      "GET /warehouse/alerts",
      "POST /warehouse/alerts/scan",
      "GET /warehouse/analysis/network",
      "GET /warehouse/analysis/stock",
      "GET /warehouse/analysis/summary",
      "GET /warehouse/counts",
      "POST /warehouse/counts",
      "GET /warehouse/counts/:id",
      "POST /warehouse/counts/:id/apply",
      "POST /warehouse/counts/:id/cancel",
      "GET /warehouse/counts/:id/export",
      "POST /warehouse/counts/:id/import",
      "GET /warehouse/counts/:id/lines",
      "POST /warehouse/counts/:id/lines",
      "GET /warehouse/inventory",
      "GET /warehouse/item-costs",
      "POST /warehouse/item-costs",
      "DELETE /warehouse/item-costs/:id",
      "GET /warehouse/locations",
      "GET /warehouse/thresholds",
      "POST /warehouse/thresholds",
      "DELETE /warehouse/thresholds/:id",
      "POST /warehouse/thresholds/import",
      "GET /warehouse/transfers",
      "POST /warehouse/transfers",
      "GET /warehouse/transfers/:id",
      "POST /warehouse/transfers/:id",
      "POST /warehouse/transfers/:id/cancel",
      "POST /warehouse/transfers/:id/receive",
      "POST /warehouse/transfers/:id/ship",
    ].map((route) => {
      const [method, path] = route.split(" ")
      return [`${method} /admin/distribution${path}`, "admin" as RouteClass]
    })
  ),
}

const PRINCIPALS: Principal[] = ["none", "publishable_key", "customer", "dealer_a", "dealer_b", "suspended", "terminated", "admin"]
const DEALERS: Principal[] = ["dealer_a", "dealer_b", "suspended", "terminated"]
const isWrite = (method: Method) => method !== "GET"

/** What answers a request must get: one status, or "admin may" (anything but 401/403 and never a 5xx). */
type Expected = number | "admitted"

/**
 * The matrix. Writes are probed with a body the route's validator refuses
 * (an unknown field), so a probe that gets past authentication changes
 * nothing: its answer is the validator's 400. The dealer-level checks of
 * writes (no dealer profile, suspended) are exercised with valid bodies in
 * their own tests below.
 */
function expected(cls: RouteClass, method: Method, who: Principal): Expected {
  const store = cls !== "admin" && cls !== "webhook"
  if (cls === "webhook") {
    return -1 // the same answer for everyone, checked separately
  }
  if (who === "none" && store) {
    return 400 // Medusa: a publishable API key is required on /store
  }
  if (cls === "admin") {
    return who === "admin" ? "admitted" : 401
  }
  if (cls === "public") {
    return isWrite(method) ? 400 : 200
  }
  if (who === "publishable_key" || who === "admin") {
    return 401 // store routes for a customer: an admin's token is no customer's
  }
  if (isWrite(method)) {
    return 400
  }
  if (cls === "customer") {
    return 200
  }
  return who === "customer" ? 404 : 200 // dealer routes: "You have no dealer profile"
}

/** Every string in `ids` found anywhere in `body` (JSON or text). */
function leaked(body: unknown, ids: string[]): string[] {
  const text = typeof body === "string" ? body : JSON.stringify(body)
  return ids.filter((id) => text.includes(id))
}

const address = (city: string) => ({ address_1: `1 ${city} Rd`, city, country_code: "CN" })

async function eventually<T>(what: string, check: () => Promise<T | null | undefined | false>): Promise<T> {
  let last: unknown
  for (let i = 0; i < 80; i++) {
    try {
      const value = await check()
      if (value) {
        return value
      }
    } catch (e) {
      last = e
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ""}`)
}

/** Runs `work` over `items`, `width` at a time. */
async function inBatches<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += width) {
    await Promise.all(items.slice(i, i + width).map(work))
  }
}

distributionTestRunner({
  testSuite: ({ api, getContainer, utils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    let shippingOptionId: string
    let variantId: string
    let itemId: string
    let producerLocationId: string
    let period: string
    const headers = {} as Record<Principal, Record<string, string>>
    /** Each dealer principal's own ids; B's are the ones A must never reach. */
    const own = {} as Record<"dealer_a" | "dealer_b" | "suspended" | "terminated", Record<string, any>>
    let bIds: string[] = []

    /** One request that never throws: status and body. */
    const call = async (method: Method, url: string, who: Principal, body?: unknown) => {
      const res = await api.request({
        method,
        url,
        data: method === "GET" || method === "DELETE" ? undefined : body ?? {},
        headers: headers[who],
        validateStatus: () => true,
      })
      return { status: res.status as number, data: res.data }
    }
    const ok = async (method: Method, url: string, who: Principal, body?: unknown) => {
      const res = await call(method, url, who, body)
      if (res.status >= 300) {
        throw new Error(`${method} ${url} as ${who}: ${res.status} ${JSON.stringify(res.data)}`)
      }
      return res.data
    }
    const asAdmin = (method: Method, url: string, body?: unknown) => ok(method, url, "admin", body)

    async function checkout(who: Principal, cartId: string) {
      await addShippingMethod(api, headers[who], cartId, shippingOptionId)
      const collection = (await ok("POST", "/store/payment-collections", who, { cart_id: cartId })).payment_collection
      await ok("POST", `/store/payment-collections/${collection.id}/payment-sessions`, who, { provider_id: "pp_system_default" })
      const data = await ok("POST", `/store/carts/${cartId}/complete`, who, {})
      expect(data.type).toBe("order")
      await utils.waitWorkflowExecutions()
      return data.order.id as string
    }

    // Two independent dealers (neither is the other's upline) with everything a
    // dealer can have: links, bound customers, accruals and an adjustment, a bank
    // account, a withdrawal, a stock location with stock, a shipped transfer and a
    // restock order. Plus a suspended and a terminated dealer with money owed.
    beforeAll(async () => {
      const container = getContainer()
      admin = await signInAdmin(api, container)
      store = await setUpStorefront(api, admin)
      headers.none = {}
      headers.publishable_key = { ...store.pk }
      headers.admin = { ...admin.headers, ...store.pk }
      const fulfilment = await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })
      shippingOptionId = fulfilment.shippingOptionId
      producerLocationId = fulfilment.locationId
      const product = (
        await asAdmin("POST", "/admin/products", {
          title: "Oolong 500g",
          status: "published",
          options: [{ title: "Size", values: ["500g"] }],
          variants: [
            { title: "500g", sku: "AUTHZ-OOLONG", options: { Size: "500g" }, manage_inventory: true, prices: [{ amount: 80, currency_code: "cny" }] },
          ],
          sales_channels: [{ id: store.channel.id }],
          shipping_profile_id: fulfilment.shippingProfileId,
        })
      ).product
      variantId = product.variants[0].id
      itemId = (await asAdmin("GET", "/admin/inventory-items?sku=AUTHZ-OOLONG")).inventory_items[0].id
      await asAdmin("POST", `/admin/inventory-items/${itemId}/location-levels`, { location_id: producerLocationId, stocked_quantity: 100 })

      const tier = (await asAdmin("POST", "/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "Tier 1", name_zh: "一级" })).tier
      await asAdmin("POST", "/admin/distribution/commission/plan", { rules: [{ scope_type: "all", level: 1, type: "percentage", rate: "0.20" }] })
      const stranger = await registerCustomer(api, store.publishableKey, "stranger@authz.test")
      headers.customer = { ...stranger.config.headers, ...store.pk }
      const codes = { dealer_a: "ALFA11", dealer_b: "BRAVO22", suspended: "SUSP33", terminated: "TERM44" } as const
      for (const who of DEALERS as (keyof typeof codes)[]) {
        const account = await registerCustomer(api, store.publishableKey, `${codes[who].toLowerCase()}@authz.test`)
        headers[who] = { ...account.config.headers, ...store.pk }
        const dealer = (
          await asAdmin("POST", "/admin/distribution/dealers", {
            customer_id: account.customer_id,
            tier_id: tier.id,
            display_name: `Dealer ${codes[who]}`,
            code: codes[who],
          })
        ).dealer
        own[who] = { dealer, customer_id: account.customer_id, code: codes[who] }
      }

      for (const who of ["dealer_a", "dealer_b"] as const) {
        const mine = own[who]
        // A campaign link besides the default one.
        mine.campaign = (await ok("POST", `${STORE}/me/links`, who, { name: `Spring ${mine.code}`, target_type: "home" })).link
        // A shopper bound through the dealer's link, with an order that earns commission.
        const shopper = await registerCustomer(api, store.publishableKey, `shopper-${mine.code.toLowerCase()}@authz.test`)
        mine.shopper_id = shopper.customer_id
        mine.order_id = await placeOrder(api, store, {
          referralCode: mine.code,
          customerHeaders: { ...shopper.config.headers, ...store.pk },
          email: `shopper-${mine.code.toLowerCase()}@authz.test`,
          utils,
        })
        await fulfilOrder(api, admin, mine.order_id)
        await asAdmin("POST", `/admin/distribution/commission/orders/${mine.order_id}/mature`, { skip_hold: true })
        await asAdmin("POST", "/admin/distribution/commission/adjustments", {
          dealer_id: mine.dealer.id,
          amount: "15",
          currency_code: "cny",
          reason: "Launch bonus",
          idempotency_key: `authz-${mine.code}`,
        })
        await ok("PUT", `${STORE}/me/payout-account`, who, {
          provider_id: "manual",
          bank_name: "工商银行",
          account_holder: `Holder ${mine.code}`,
          account_number: who === "dealer_a" ? "6212 2612 0300 1111" : "6212 2612 0300 2222",
        })
        mine.withdrawal = await ok("POST", `${STORE}/me/withdrawals`, who, { currency_code: "cny" })
        mine.location = (
          await asAdmin("POST", `/admin/distribution/dealers/${mine.dealer.id}/locations`, {
            name: `${mine.code} warehouse`,
            address: address(who === "dealer_a" ? "Hangzhou" : "Ningbo"),
          })
        ).location
        await asAdmin("POST", `/admin/inventory-items/${itemId}/location-levels`, { location_id: mine.location.id, stocked_quantity: 5 })
        const transfer = (
          await asAdmin("POST", "/admin/distribution/warehouse/transfers", {
            from_location_id: producerLocationId,
            to_location_id: mine.location.id,
            lines: [{ inventory_item_id: itemId, quantity: 2 }],
          })
        ).transfer
        await asAdmin("POST", `/admin/distribution/warehouse/transfers/${transfer.id}/ship`, {})
        mine.transfer_id = transfer.id
        const { cart } = await ok("POST", `${STORE}/me/restock-orders`, who, { lines: [{ variant_id: variantId, quantity: 3 }] })
        mine.restock_cart_id = cart.id
        mine.restock_order_id = await checkout(who, cart.id)
        mine.restock = await eventually(`${who}'s restock order`, async () =>
          (await ok("GET", `${STORE}/me/restock-orders`, who)).restock_orders.find((r: any) => r.order_id === mine.restock_order_id)
        )
      }
      for (const who of ["suspended", "terminated"] as const) {
        const mine = own[who]
        await asAdmin("POST", "/admin/distribution/commission/adjustments", {
          dealer_id: mine.dealer.id,
          amount: "40",
          currency_code: "cny",
          reason: "Owed",
          idempotency_key: `authz-${mine.code}`,
        })
        await ok("PUT", `${STORE}/me/payout-account`, who, {
          provider_id: "manual",
          bank_name: "农业银行",
          account_holder: `Holder ${mine.code}`,
          account_number: "6228 4800 0000 0000",
        })
        await asAdmin("POST", `/admin/distribution/dealers/${mine.dealer.id}/${who === "suspended" ? "suspend" : "terminate"}`, { reason: "Audit" })
      }

      // Everything of each dealer's, as the dealer and the admin see it.
      period = new Date().toISOString().slice(0, 7)
      for (const who of DEALERS as (keyof typeof own)[]) {
        const mine = own[who]
        mine.links = (await ok("GET", `${STORE}/me/links`, who)).links
        mine.link_id = mine.links[0].id
      }
      const b = own.dealer_b
      const bLedger = (await asAdmin("GET", `/admin/distribution/commission/entries?dealer_id=${b.dealer.id}&limit=100`)).entries
      const bBindings = (await ok("GET", `${STORE}/me/customers`, "dealer_b")).customers
      const bAccounts = (await ok("GET", `${STORE}/me/payout-account`, "dealer_b")).payout_accounts
      const bPayouts = (await ok("GET", `${STORE}/me/payouts`, "dealer_b")).payouts
      const bTransfers = (await ok("GET", `${STORE}/me/stock/transfers`, "dealer_b")).transfers
      expect(bLedger.length).toBeGreaterThanOrEqual(2)
      expect(bBindings).toHaveLength(1)
      expect(bAccounts).toHaveLength(1)
      expect(bPayouts).toHaveLength(1)
      expect(bTransfers.length).toBeGreaterThanOrEqual(1)
      b.ledger_ids = bLedger.map((e: any) => e.id)
      bIds = [
        b.dealer.id,
        b.code,
        b.customer_id,
        b.shopper_id,
        `shopper-${b.code.toLowerCase()}`,
        b.order_id,
        b.restock_order_id,
        b.restock_cart_id,
        b.restock.id,
        b.location.id,
        `${b.code} warehouse`,
        b.transfer_id,
        b.withdrawal.batch.id,
        ...b.links.flatMap((l: any) => [l.id, l.code]),
        ...b.ledger_ids,
        ...bBindings.map((c: any) => c.binding_id),
        ...bAccounts.map((a: any) => a.id),
        "**** 2222", // B's account number, as masked views show it
        ...bPayouts.map((p: any) => p.id),
        ...bTransfers.map((t: any) => t.id),
      ]
    })

    /** Everything of B's that A could change, as the admin and B see it. */
    const bState = async () => {
      const b = own.dealer_b.dealer.id
      return {
        dealer: (await asAdmin("GET", `/admin/distribution/dealers/${b}`)).dealer,
        links: (await asAdmin("GET", `/admin/distribution/dealers/${b}/links`)).links,
        accounts: (await asAdmin("GET", `/admin/distribution/dealers/${b}/payout-accounts`)).payout_accounts,
        balance: (await asAdmin("GET", `/admin/distribution/dealers/${b}/balance`)).balances,
        entries: (await asAdmin("GET", `/admin/distribution/commission/entries?dealer_id=${b}&limit=100`)).entries,
        payouts: (await asAdmin("GET", `/admin/distribution/payouts?dealer_id=${b}&limit=100`)).payouts,
        restock: (await ok("GET", `${STORE}/me/restock-orders`, "dealer_b")).restock_orders,
        stock: (await ok("GET", `${STORE}/me/stock`, "dealer_b")).items,
        transfers: (await ok("GET", `${STORE}/me/stock/transfers`, "dealer_b")).transfers,
        customers: (await ok("GET", `${STORE}/me/customers`, "dealer_b")).customers,
      }
    }

    /** The path of a route with the caller's own ids (A's for callers who have none). */
    const pathFor = (route: PluginRoute, who: Principal) => {
      const mine = own[(DEALERS.includes(who) ? who : "dealer_a") as keyof typeof own]
      return fillRoute(route.path, { id: mine.link_id, period })
    }

    describe("the route table", () => {
      it("classes every route the plugin serves, and only those", () => {
        const served = pluginRoutes().map((r) => `${r.method} ${r.path}`)
        expect(served.filter((r) => !(r in ROUTE_CLASSES))).toEqual([])
        expect(Object.keys(ROUTE_CLASSES).filter((r) => !served.includes(r))).toEqual([])
        // Every admin route is under /admin, every store class under /store.
        for (const [route, cls] of Object.entries(ROUTE_CLASSES)) {
          const path = route.split(" ")[1]
          expect([route, path.startsWith(cls === "admin" ? "/admin/" : cls === "webhook" ? "/hooks/" : "/store/")]).toEqual([route, true])
        }
      })
    })

    describe("every route × every caller", () => {
      it("answers each caller as the matrix says", async () => {
        const routes = pluginRoutes()
        const mismatches: string[] = []
        const webhookAnswers = new Set<number>()
        let checked = 0
        await inBatches(
          routes.flatMap((route) => PRINCIPALS.map((who) => ({ route, who }))),
          8,
          async ({ route, who }) => {
            const cls = ROUTE_CLASSES[`${route.method} ${route.path}`]
            const url = pathFor(route, who)
            // Writes: a body every validator refuses (an unknown field), so nothing is written.
            const res = await call(route.method, url, who, { authz_probe: true })
            checked++
            if (cls === "webhook") {
              webhookAnswers.add(res.status)
              return
            }
            const want = expected(cls, route.method, who)
            const fine =
              want === "admitted" ? res.status !== 401 && res.status !== 403 && res.status < 500 : res.status === want
            if (!fine) {
              mismatches.push(`${route.method} ${url} as ${who}: ${res.status} (expected ${want}) ${JSON.stringify(res.data).slice(0, 200)}`)
            }
            if (want === 404 && !/no dealer profile/.test(res.data?.message ?? "")) {
              mismatches.push(`${route.method} ${url} as ${who}: 404 without "no dealer profile": ${JSON.stringify(res.data)}`)
            }
          }
        )
        expect(mismatches).toEqual([])
        // The callback ignores sessions and keys: one answer for every caller, never a success without a signature.
        expect(webhookAnswers.size).toBe(1)
        expect([...webhookAnswers][0]).toBeGreaterThanOrEqual(400)
        expect([...webhookAnswers][0]).toBeLessThan(500)
        expect(checked).toBe(routes.length * PRINCIPALS.length)
      })

      it("refuses the dealer routes' valid writes to a customer who is no dealer, and writes nothing", async () => {
        const writes: [Method, string, unknown][] = [
          ["POST", `${STORE}/me/links`, { name: "Mine now", target_type: "home" }],
          ["POST", `${STORE}/me/links/${own.dealer_b.link_id}`, { name: "Mine now" }],
          ["PUT", `${STORE}/me/payout-account`, { provider_id: "manual", bank_name: "X", account_holder: "Y", account_number: "62122612030099999" }],
          ["POST", `${STORE}/me/withdrawals`, { currency_code: "cny" }],
          ["POST", `${STORE}/me/restock-orders`, { lines: [{ variant_id: variantId, quantity: 1 }] }],
        ]
        const before = await bState()
        for (const who of ["customer", "admin", "publishable_key"] as Principal[]) {
          for (const [method, url, body] of writes) {
            const res = await call(method, url, who, body)
            expect([method, url, who, res.status]).toEqual([method, url, who, who === "customer" ? 404 : 401])
          }
        }
        expect(await bState()).toEqual(before)
      })
    })

    describe("suspended and terminated dealers", () => {
      it("read everything of their own but create no link, change no link, withdraw nothing and restock nothing", async () => {
        for (const who of ["suspended", "terminated"] as const) {
          const mine = own[who]
          const status = who === "suspended" ? "suspended" : "terminated"
          const me = await ok("GET", `${STORE}/me`, who)
          expect(me.dealer.status).toBe(status)
          // Their balance and statements stay visible: the merchant still owes them.
          const balances = (await ok("GET", `${STORE}/me/balance`, who)).balances
          expect(balances.map((b: any) => [b.currency_code, Number(b.available)])).toEqual([["cny", 40]])
          expect((await ok("GET", `${STORE}/me/commissions`, who)).count).toBe(1)
          expect((await ok("GET", `${STORE}/me/statements/${period}`, who)).statement).toBeTruthy()
          expect((await ok("GET", `${STORE}/me/payout-account`, who)).payout_accounts).toHaveLength(1)

          const refusals: [Method, string, unknown][] = [
            ["POST", `${STORE}/me/links`, { name: "Still selling", target_type: "home" }],
            ["POST", `${STORE}/me/links/${mine.link_id}`, { status: "active", name: "Renamed" }],
            ["POST", `${STORE}/me/withdrawals`, { currency_code: "cny" }],
            ["POST", `${STORE}/me/restock-orders`, { lines: [{ variant_id: variantId, quantity: 1 }] }],
          ]
          for (const [method, url, body] of refusals) {
            const res = await call(method, url, who, body)
            expect([url, res.status]).toEqual([url, 400])
            expect(res.data.message).toContain(status)
          }
          // Nothing was written: still one link, unchanged, no payout, the money still available.
          expect((await ok("GET", `${STORE}/me/links`, who)).links).toEqual(mine.links)
          expect((await ok("GET", `${STORE}/me/payouts`, who)).count).toBe(0)
          expect((await ok("GET", `${STORE}/me/restock-orders`, who)).count).toBe(0)
          expect((await ok("GET", `${STORE}/me/balance`, who)).balances).toEqual(balances)
          // It may still correct where it is to be paid (checked again by the merchant before any payout).
          const account = (
            await ok("PUT", `${STORE}/me/payout-account`, who, {
              provider_id: "manual",
              bank_name: "农业银行",
              account_holder: `Holder ${mine.code}`,
              account_number: "6228 4800 0000 0001",
            })
          ).payout_account
          expect(account.account_number_masked).toMatch(/0001$/)
        }
      })
    })

    describe("dealer A against dealer B (IDOR)", () => {
      it("gets a 404 for every one of B's ids, as if it did not exist, and B's rows are unchanged", async () => {
        const b = own.dealer_b
        const before = await bState()
        const attempts: [Method, string, unknown?][] = [
          ["POST", `${STORE}/me/links/${b.campaign.id}`, { name: "Taken over", status: "paused" }],
          ["POST", `${STORE}/me/links/${b.link_id}`, { status: "paused" }],
          ["POST", `${STORE}/me/links/${b.campaign.id}`, {}],
          ["GET", `${STORE}/me/links/${b.campaign.id}/qr.png`],
          ["GET", `${STORE}/me/links/${b.link_id}/qr.svg`],
          ["GET", `${STORE}/me/stock?location_id=${b.location.id}`],
          ["POST", `${STORE}/me/restock-orders`, { lines: [{ variant_id: variantId, quantity: 1 }], location_id: b.location.id }],
        ]
        for (const [method, url, body] of attempts) {
          const res = await call(method, url, "dealer_a", body)
          expect([method, url, res.status]).toEqual([method, url, 404])
          // (An id A sent itself may be echoed in the "not found" message.)
          const sent = url + JSON.stringify(body ?? {})
          expect(leaked(res.data, bIds.filter((id) => !sent.includes(id)))).toEqual([])
        }
        // The same ids from the other dealer principals and a plain customer: 404 too.
        for (const who of ["suspended", "terminated", "customer"] as Principal[]) {
          const res = await call("POST", `${STORE}/me/links/${b.campaign.id}`, who, { status: "paused" })
          expect([who, res.status]).toEqual([who, 404])
        }
        // Bodies naming B are refused by the validators (no such field), never applied.
        const named: [Method, string, unknown][] = [
          ["POST", `${STORE}/me/links`, { name: "For B", target_type: "home", dealer_id: b.dealer.id }],
          ["POST", `${STORE}/me/links/${own.dealer_a.campaign.id}`, { dealer_id: b.dealer.id }],
          ["PUT", `${STORE}/me/payout-account`, { provider_id: "manual", bank_name: "X", account_holder: "Y", account_number: "62122612030012345", dealer_id: b.dealer.id }],
          ["POST", `${STORE}/me/withdrawals`, { currency_code: "cny", dealer_id: b.dealer.id }],
          ["POST", `${STORE}/me/withdrawals`, { currency_code: "cny", customer_id: b.customer_id }],
          ["POST", `${STORE}/me/restock-orders`, { lines: [{ variant_id: variantId, quantity: 1 }], customer_id: b.customer_id }],
          ["POST", `${STORE}/me/restock-orders`, { lines: [{ variant_id: variantId, quantity: 1 }], dealer_id: b.dealer.id }],
        ]
        for (const [method, url, body] of named) {
          const res = await call(method, url, "dealer_a", body)
          expect([url, res.status]).toEqual([url, 400])
        }
        expect(await bState()).toEqual(before)
      })

      it("never shows A any of B's links, customers, ledger, statements, payout account, payouts, stock, transfers, restock orders or performance", async () => {
        const a = own.dealer_a
        const reads: [string, (data: any) => unknown[]][] = [
          [`${STORE}/me`, (d) => [d.dealer.code === a.code]],
          [`${STORE}/me/balance`, (d) => d.balances],
          [`${STORE}/me/commissions?limit=100`, (d) => d.entries],
          [`${STORE}/me/customers?limit=100`, (d) => d.customers],
          [`${STORE}/me/links`, (d) => d.links],
          [`${STORE}/me/payout-account`, (d) => d.payout_accounts],
          [`${STORE}/me/payouts?limit=100`, (d) => d.payouts],
          [`${STORE}/me/withdrawals?limit=100`, (d) => d.payouts],
          [`${STORE}/me/statements`, (d) => d.statements],
          [`${STORE}/me/statements/${period}`, (d) => [d.statement]],
          [`${STORE}/me/stock?limit=100`, (d) => d.items],
          [`${STORE}/me/stock/transfers?limit=100`, (d) => d.transfers],
          [`${STORE}/me/restock-orders?limit=100`, (d) => d.restock_orders],
          [`${STORE}/me/performance`, (d) => [d.performance]],
          [`${STORE}/me/performance?period=this_month`, (d) => [d.performance]],
        ]
        for (const [url, rows] of reads) {
          const data = await ok("GET", url, "dealer_a")
          // A sees its own data (so an empty answer can't pass for a safe one) and nothing of B's.
          expect([url, rows(data).filter(Boolean).length > 0]).toEqual([url, true])
          expect([url, leaked(data, bIds)]).toEqual([url, []])
        }
        // A's own rows are there.
        const text = JSON.stringify(
          await Promise.all(
            [`${STORE}/me/links`, `${STORE}/me/stock/transfers`, `${STORE}/me/restock-orders`, `${STORE}/me/payouts`, `${STORE}/me/stock`].map((u) =>
              ok("GET", u, "dealer_a")
            )
          )
        )
        for (const id of [a.campaign.id, a.transfer_id, a.restock.id, a.withdrawal.payout.id, a.location.id]) {
          expect(text).toContain(id)
        }
        // Downloads: the statement as CSV and XLSX, the QR codes.
        for (const url of [
          `${STORE}/me/statements/${period}?format=csv`,
          `${STORE}/me/statements/${period}?format=xlsx`,
          `${STORE}/me/links/${a.link_id}/qr.svg`,
        ]) {
          const res = await api.request({ method: "GET", url, headers: headers.dealer_a, responseType: "arraybuffer", validateStatus: () => true })
          expect([url, res.status]).toEqual([url, 200])
          expect([url, leaked(Buffer.from(res.data).toString("latin1"), bIds)]).toEqual([url, []])
        }
        // Filters can only narrow A's own rows: B's order id finds nothing.
        expect((await ok("GET", `${STORE}/me/commissions?order_id=${own.dealer_b.order_id}`, "dealer_a")).count).toBe(0)
      })

      it("refuses every query-string trick that could widen the scope, on every dealer route", async () => {
        const b = own.dealer_b
        const tricks = [
          `dealer_id=${b.dealer.id}`,
          `dealer_id[]=${b.dealer.id}`,
          `customer_id=${b.customer_id}`,
          `filters[dealer_id]=${b.dealer.id}`,
          `$or[0][dealer_id]=${b.dealer.id}`,
          `location_id[]=${b.location.id}`,
          `id=${b.link_id}`,
          "fields=*dealer",
          "fields=+dealer.*,*dealer.parent",
          "fields=*customer,*links,*entries",
          "expand=dealer",
          "limit=1000",
          "order=-dealer_id",
        ]
        const dealerGets = pluginRoutes().filter((r) => r.method === "GET" && ROUTE_CLASSES[`GET ${r.path}`] === "dealer")
        const unexpected: string[] = []
        let checked = 0
        // The QR codes take no query (it is ignored): two tricks show it, the rest would only re-render the image.
        const qr = (route: PluginRoute) => /\/qr\.(png|svg)$/.test(route.path)
        const cases = dealerGets.flatMap((route) => (qr(route) ? tricks.slice(0, 2) : tricks).map((trick) => ({ route, trick })))
        await inBatches(
          cases,
          8,
          async ({ route, trick }) => {
            const url = `${pathFor(route, "dealer_a")}?${trick}`
            const res = await api.request({
              method: "GET",
              url,
              headers: headers.dealer_a,
              responseType: "arraybuffer",
              validateStatus: () => true,
            })
            checked++
            const body = Buffer.from(res.data).toString("utf8")
            // Every route but the QR codes validates its query strictly.
            const want = qr(route) ? 200 : 400
            if (res.status !== want) {
              unexpected.push(`${url}: ${res.status} (expected ${want}) ${body.slice(0, 200)}`)
            }
            // A 400 may quote the value A sent itself; anything else of B's is a leak.
            const found = leaked(/qr\.png/.test(url) ? "" : body, bIds.filter((id) => !trick.includes(id)))
            if (found.length) {
              unexpected.push(`${url}: leaks ${found.join(", ")}`)
            }
          }
        )
        expect(unexpected).toEqual([])
        expect(checked).toBe(cases.length)
        expect(cases.length).toBeGreaterThanOrEqual(14 * tricks.length)
      })

      it("keeps B's data to B: B sees its own rows, A's never", async () => {
        const a = own.dealer_a
        const aIds = [a.dealer.id, a.campaign.id, a.location.id, a.transfer_id, a.restock.id, a.withdrawal.payout.id, a.order_id]
        for (const url of [`${STORE}/me/links`, `${STORE}/me/customers`, `${STORE}/me/commissions?limit=100`, `${STORE}/me/payouts`, `${STORE}/me/stock`, `${STORE}/me/stock/transfers`, `${STORE}/me/restock-orders`, `${STORE}/me/performance`]) {
          expect([url, leaked(await ok("GET", url, "dealer_b"), aIds)]).toEqual([url, []])
        }
      })
    })
  },
})
