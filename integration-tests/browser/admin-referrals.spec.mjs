// The referral-attribution admin in Debian's headless Chromium: a seeded
// dealer's referral links and relationship graph (opening a dealer shows its
// downline), an order placed through a referral link showing its frozen
// attribution, and the buyer's binding with a refused and an accepted rebind;
// then the same screens in Chinese. Starts its own store (fresh database,
// migrated and seeded like `npm run dev`) on a free port and stops it after:
// browser-store.mjs.
//
//   node --test-reporter=spec integration-tests/browser/admin-referrals.spec.mjs
//
// Needs PostgreSQL at DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (as the other
// integration tests). Run it after, not beside, admin-distribution.spec.mjs:
// both build the admin into .medusa/admin and serve it through public/admin.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "../../scripts/lib/medusa.mjs"
import { browserStore } from "./browser-store.mjs"

// The seed's storefront key (its sales channel holds the demo products).
const SEEDED_KEY_TITLE = "分销商城 Distribution storefront"
const BUYER_EMAIL = "referred-buyer@distribution.test"

let page = null
let baseUrl = null
/** What the tests share: the seeded dealers and the order placed through a link. */
const dealers = {}
let order = null
/** The guest who bought through the link (a customer record the order created). */
let buyerId = null

const { sql, screenshot, step } = browserStore({
  results: "browser-referrals",
  database: "distribution_referrals",
  viewport: { width: 1440, height: 1000 },
  async started(running) {
    page = running.page
    baseUrl = running.baseUrl
    for (const { code, id } of await sql("SELECT code, id FROM distribution_dealer")) {
      dealers[code] = id
    }
  },
})

/** A storefront call with the seeded publishable key; throws the server's message. */
async function store(method, route, body, publishableKey) {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new Error(`${method} ${route}: ${response.status} ${data.message ?? ""}`)
  }
  return data
}

/** An admin call with the browser's session (the test has signed in). */
async function admin(method, route, body) {
  const response = await page.request.fetch(`${baseUrl}${route}`, { method, data: body })
  const data = await response.json().catch(() => ({}))
  return { status: response.status(), data }
}

/**
 * A guest visits the dealer's referral code with a cart, then checks out:
 * the storefront integration of the plugin, as `referral-attribution.spec.ts`
 * does it, on the seeded store (whose products ship, so a shipping method too).
 */
async function placeReferredOrder(code, email) {
  const [{ token }] = await sql(
    "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL",
    [SEEDED_KEY_TITLE]
  )
  const call = (method, route, body) => store(method, route, body, token)
  const { regions } = await call("GET", "/store/regions")
  const region = regions.find((candidate) => candidate.currency_code === "cny")
  const { products } = await call("GET", `/store/products?region_id=${region.id}&limit=1&fields=id,*variants`)

  const { cart } = await call("POST", "/store/carts", { region_id: region.id, email })
  await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 2 })
  const visit = await call("POST", "/store/distribution/referrals/visit", { code, cart_id: cart.id })
  assert.deepEqual(visit.attribution, { dealer_code: code, source: "link", reason: null })
  await call("POST", `/store/carts/${cart.id}`, {
    shipping_address: {
      first_name: "Referred",
      last_name: "Buyer",
      address_1: "1 Longjing Road",
      city: "Hangzhou",
      postal_code: "310000",
      country_code: "cn",
    },
  })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`)
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const completed = await call("POST", `/store/carts/${cart.id}/complete`, {})
  assert.equal(completed.type, "order")
  return completed.order
}

/** The attribution is written by the order.placed subscriber, shortly after checkout. */
async function waitForAttribution(orderId) {
  for (let i = 0; i < 100; i++) {
    const { status, data } = await admin("GET", `/admin/distribution/attributions/${orderId}`)
    if (status === 200) {
      return data.attribution
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`order ${orderId} was never attributed`)
}

step("the seeded admin signs in, and a guest orders through dealer NB101's link", async () => {
  await page.goto(`${baseUrl}/app`)
  await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/app\/orders/)

  order = await placeReferredOrder("NB101", BUYER_EMAIL)
  const attribution = await waitForAttribution(order.id)
  buyerId = attribution.customer_id
  assert.deepEqual(
    { dealer: attribution.dealer_id, source: attribution.source, commissionable: attribution.commissionable },
    { dealer: dealers.NB101, source: "link", commissionable: true }
  )
})

step("a dealer's page lists its referral links; the QR code downloads as PNG", async () => {
  await page.goto(`${baseUrl}/app/distribution/dealers/${dealers.NB101}`)
  const link = page.getByTestId("referral-link-NB101")
  await link.waitFor()
  assert.equal(await link.getAttribute("data-kind"), "default")
  assert.match(await page.getByTestId("referral-link-url-NB101").innerText(), /\?ref=NB101$/)
  assert.equal(await page.getByTestId("referral-link-orders-NB101").innerText(), "1")
  assert.equal(await page.getByTestId("referral-link-status-NB101").getAttribute("data-status"), "active")
  await screenshot("01-dealer-referral-links")

  await page.getByTestId("referral-link-actions-NB101").getByRole("button").click()
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: "Download QR code (PNG)" }).click(),
  ])
  assert.equal(download.suggestedFilename(), "referral-NB101.png")
  const png = readFileSync(await download.path())
  assert.equal(png.subarray(1, 4).toString(), "PNG")
})

step("the relationship graph opens a dealer to show its downline and bound customers", async () => {
  await page.goto(`${baseUrl}/app/distribution/dealers/${dealers.HZ001}`)
  await page.getByTestId("dealer-graph-link").click()
  await page.waitForURL(/\/graph$/)
  const graph = page.getByTestId("relationship-graph")
  await graph.getByTestId("graph-node-HZ001").waitFor()
  const nb101 = graph.getByTestId("graph-node-NB101")
  await nb101.waitFor()
  assert.equal(await nb101.getAttribute("data-open"), "false")
  assert.equal(await graph.getByTestId("graph-node-NB201").count(), 0)
  await screenshot("02-graph")

  await nb101.click()
  await graph.getByTestId("graph-node-NB201").waitFor()
  assert.equal(await nb101.getAttribute("data-open"), "true")
  // The buyer the order bound to NB101 hangs under it, as a customer.
  const buyer = graph.locator(`[data-type="customer"]`, { hasText: BUYER_EMAIL })
  await buyer.waitFor()
  // Opening pans to the dealer's children in a 400 ms animation.
  await page.waitForTimeout(600)
  await screenshot("03-graph-opened")

  await graph.getByTestId("graph-search-input").fill("nb201")
  assert.equal(await graph.getByTestId("graph-search-count").innerText(), "1 of 1")
  assert.equal(await graph.getByTestId("graph-node-NB201").getAttribute("data-matched"), "true")
})

step("the order shows its referral: NB101 through its link, chain NB101 → HZ001", async () => {
  await page.goto(`${baseUrl}/app/orders/${order.id}`)
  const widget = page.getByTestId("order-referral-widget")
  await widget.getByTestId("order-attribution-dealer").waitFor()
  assert.match(await widget.getByTestId("order-attribution-dealer").innerText(), /^NB101/)
  assert.equal(await widget.getByTestId("order-attribution-source").getAttribute("data-source"), "link")
  assert.equal(await widget.getByTestId("order-attribution-commissionable").getAttribute("data-commissionable"), "true")
  assert.match(await widget.getByTestId("order-attribution-chain-level-1").innerText(), /NB101/)
  assert.match(await widget.getByTestId("order-attribution-chain-level-2").innerText(), /HZ001/)
  await widget.scrollIntoViewIfNeeded()
  await screenshot("04-order-referral")
})

step("the buyer's page shows the binding; a rebind to a suspended dealer is refused, to an active one done", async () => {
  const suspended = await admin("POST", `/admin/distribution/dealers/${dealers.SZ201}/suspend`, { reason: "browser test" })
  assert.equal(suspended.status, 200)
  await page.goto(`${baseUrl}/app/customers/${buyerId}`)
  const widget = page.getByTestId("customer-binding-widget")
  await widget.getByTestId("customer-binding-dealer").waitFor()
  assert.match(await widget.getByTestId("customer-binding-dealer").innerText(), /^NB101/)
  assert.equal(await widget.getByTestId("customer-binding-source").getAttribute("data-source"), "order")
  assert.match(await widget.getByTestId("customer-binding-chain-level-2").innerText(), /HZ001/)

  const rebind = async (code, reason) => {
    await widget.getByTestId("customer-rebind-open").click()
    const dealer = page.getByTestId("customer-rebind-dealer")
    await dealer.click()
    await dealer.fill(code)
    await page.getByRole("option", { name: new RegExp(`^${code}`) }).click()
    await page.getByTestId("customer-rebind-reason").fill(reason)
    await page.getByTestId("customer-rebind-submit").click()
  }

  await rebind("SZ201", "Moved to Suzhou")
  // The server's 400 message, as it comes.
  await page.getByText("Dealer SZ201 is suspended").waitFor()
  await screenshot("05-rebind-refused")
  await page.keyboard.press("Escape")
  await page.getByTestId("customer-rebind-form").waitFor({ state: "detached" })

  await rebind("SX201", "Moved to Keqiao")
  await page.getByTestId("customer-rebind-form").waitFor({ state: "detached" })
  await widget.getByTestId("customer-binding-dealer").filter({ hasText: "SX201" }).waitFor()
  assert.equal(await widget.getByTestId("customer-binding-source").getAttribute("data-source"), "admin")
  assert.equal(await widget.getByTestId("customer-binding-history").locator("li").count(), 2)
  await screenshot("06-rebound")
})

step("in Chinese: the graph and the order's referral", async () => {
  // The dashboard reads its language from the "lng" cookie first, then localStorage.
  await page.context().addCookies([{ name: "lng", value: "zhCN", url: baseUrl }])
  await page.evaluate(() => localStorage.setItem("lng", "zhCN"))
  await page.goto(`${baseUrl}/app/distribution/dealers/${dealers.HZ001}/graph`)
  await page.getByRole("heading", { name: "客户关系图" }).waitFor()
  await page.getByTestId("graph-node-NB101").click()
  await page.getByTestId("graph-node-NB201").waitFor()
  assert.match(await page.getByTestId("graph-node-NB101").innerText(), /经销商/)
  await screenshot("07-graph-zh")

  await page.goto(`${baseUrl}/app/orders/${order.id}`)
  const widget = page.getByTestId("order-referral-widget")
  await widget.getByRole("heading", { name: "推荐归属" }).waitFor()
  assert.equal(await widget.getByTestId("order-attribution-source").innerText(), "推广链接")
  await widget.scrollIntoViewIfNeeded()
  await screenshot("08-order-referral-zh")
})
