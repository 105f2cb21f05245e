// The commission admin in Debian's headless Chromium, on the seeded demo
// store (its plan, four orders placed through referral links and accrued, an
// adjustment): the plan editor (a rule added through the drawer, refused
// first for a bad rate, saved and still there after a reload; a preview whose
// totals are the API's), this month's statements with their CSV and XLSX
// downloads, an order's commission split, and a dealer's balance changed by
// an adjustment made in its drawer. Every figure the page shows is compared
// with what the admin API answers for the same question, never recomputed in
// floating point. Starts its own store (fresh database, migrated and seeded
// like `npm run dev`) on a free port and stops it after: browser-store.mjs.
//
//   node --test-reporter=spec integration-tests/browser/admin-commission.spec.mjs
//
// Needs PostgreSQL at DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (as the other
// integration tests). Run it after, not beside, the other browser specs: each
// builds the admin into .medusa/admin and serves it through public/admin.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import Decimal from "decimal.js"
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "../../scripts/lib/medusa.mjs"
import { browserStore, signInAdminApi } from "./browser-store.mjs"

/** A seeded order's buyer (placed through SX201's link: three levels earn). */
const SEEDED_BUYER_EMAIL = "buyer-keqiao@distribution.test"

let page = null
let baseUrl = null
/** The admin API, for the answers the page is compared with (set once the store runs). */
let admin = null
/** Seeded dealers' ids by code. */
const dealers = {}

const { sql, screenshot, step } = browserStore({
  results: "browser-commission",
  database: "distribution_commission",
  viewport: { width: 1440, height: 1000 },
  async started(running) {
    page = running.page
    baseUrl = running.baseUrl
    for (const { code, id } of await sql("SELECT code, id FROM distribution_dealer")) {
      dealers[code] = id
    }
    admin = await signInAdminApi(baseUrl)
  },
})

const amountOf = (locator) => locator.getAttribute("data-amount")

/** Picks `label` in the Radix select whose trigger has this test id. */
async function choose(testId, label) {
  await page.getByTestId(testId).click()
  await page.getByRole("option", { name: label, exact: true }).click()
}

step("the seeded admin signs in", async () => {
  await page.goto(`${baseUrl}/app`)
  await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/app\/orders/)
})

step("the plan editor shows the seeded plan; a bad rate is refused in the drawer", async () => {
  const { rules: seeded } = await admin("GET", "/admin/distribution/commission/plan")
  assert.ok(seeded.length > 0, "the seed saved a plan")

  await page.goto(`${baseUrl}/app/distribution/commission`)
  const rows = page.getByTestId("commission-rules").getByTestId("commission-rule-row")
  await rows.first().waitFor()
  assert.equal(await rows.count(), seeded.length)
  for (const [index, rule] of seeded.entries()) {
    const row = page.getByTestId("commission-rules").locator(`[data-position="${index}"]`)
    assert.equal(await row.getAttribute("data-rule-id"), rule.id)
    assert.equal(await row.getByTestId("commission-rule-cell-type").getAttribute("data-type"), rule.type)
  }
  await page.getByTestId("commission-plan-clean").waitFor()
  await screenshot("01-plan")

  await page.getByTestId("commission-rule-add").click()
  const dialog = page.getByTestId("commission-rule-dialog")
  await dialog.getByTestId("commission-rule-form").waitFor()
  await dialog.getByTestId("commission-rule-name-input").fill("Browser test: level 2 for any upline")
  await choose("commission-rule-level", "Level 2 – their upline")
  assert.equal(await dialog.getByTestId("commission-rule-type").innerText(), "Percentage")
  await dialog.getByTestId("commission-rule-rate").fill("150")
  await dialog.getByTestId("commission-rule-submit").click()
  await dialog.getByText("Enter a percentage above 0 and at most 100.").waitFor()
  assert.equal(await rows.count(), seeded.length, "a refused rule is not added")
  await screenshot("02-rule-bad-rate")
})

step("a rule added through the drawer is saved and still there after a reload", async () => {
  const dialog = page.getByTestId("commission-rule-dialog")
  await dialog.getByTestId("commission-rule-rate").fill("3")
  await dialog.getByTestId("commission-rule-submit").click()
  await dialog.waitFor({ state: "hidden" })
  const rows = page.getByTestId("commission-rules").getByTestId("commission-rule-row")
  const before = (await admin("GET", "/admin/distribution/commission/plan")).rules.length
  await rows.nth(before).waitFor()
  assert.equal(await rows.nth(before).getAttribute("data-rule-id"), "", "not saved yet")
  await page.getByTestId("commission-plan-dirty").waitFor()
  await screenshot("03-rule-added")

  await page.getByTestId("commission-plan-save").click()
  await page.getByTestId("commission-plan-clean").waitFor()
  const { rules } = await admin("GET", "/admin/distribution/commission/plan")
  assert.equal(rules.length, before + 1)
  const added = rules[before]
  assert.deepEqual(
    {
      name: added.name,
      scope_type: added.scope_type,
      tier_id: added.tier_id,
      level: added.level,
      type: added.type,
      rate: added.rate,
    },
    {
      name: "Browser test: level 2 for any upline",
      scope_type: "all",
      tier_id: null,
      level: 2,
      type: "percentage",
      rate: "0.03",
    }
  )

  await page.reload()
  const row = page.getByTestId("commission-rules").locator(`[data-position="${before}"]`)
  await row.waitFor()
  assert.equal(await rows.count(), before + 1)
  assert.equal(await row.getAttribute("data-rule-id"), added.id)
  assert.equal(await row.getByTestId("commission-rule-cell-level").innerText(), "2")
  assert.equal(await row.getByTestId("commission-rule-cell-type").getAttribute("data-type"), "percentage")
  await page.getByTestId("commission-plan-clean").waitFor()
  await screenshot("04-plan-saved")
})

step("a preview for a seeded dealer shows the totals the preview API gives", async () => {
  // SX101 (tier 2) sells; its upline HZ001 (tier 1) earns through the new level-2 rule.
  const sample = [
    { title: "Sample Longjing", quantity: 3, unit_price: "99.90" },
    { title: "Sample gift box", quantity: 1, unit_price: "468" },
  ]
  const dealerInput = page.getByTestId("commission-preview-dealer")
  await dealerInput.click()
  await dealerInput.fill("SX101")
  await page.getByRole("option", { name: /^SX101/ }).click()
  assert.equal(await page.getByTestId("commission-preview-currency").innerText(), "CNY")
  await page.getByTestId("commission-preview-add-line").click()
  for (const [index, line] of sample.entries()) {
    await page.getByTestId(`commission-preview-title-${index}`).fill(line.title)
    await page.getByTestId(`commission-preview-quantity-${index}`).fill(String(line.quantity))
    await page.getByTestId(`commission-preview-unit-price-${index}`).fill(line.unit_price)
  }
  await page.getByTestId("commission-preview-run").click()
  const result = page.getByTestId("commission-preview-result")
  await result.waitFor()
  await result.scrollIntoViewIfNeeded()
  await screenshot("05-preview")

  const { split } = await admin("POST", "/admin/distribution/commission/preview", {
    dealer_id: dealers.SX101,
    currency_code: "cny",
    lines: sample,
  })
  assert.ok(new Decimal(split.commission_total).gt(0), "the sample earns commission")
  assert.equal(await amountOf(result.locator('[data-testid="commission-preview-total"][data-total="commission"]')), split.commission_total)
  assert.equal(await amountOf(result.locator('[data-testid="commission-preview-total"][data-total="base"]')), split.base_total)

  const shown = await result.getByTestId("commission-preview-entry").evaluateAll((rows) =>
    rows.map((row) => `${row.dataset.level}:${row.dataset.dealerCode}:${row.dataset.amount}`)
  )
  const expected = split.lines.flatMap((line) => line.entries.map((e) => `${e.level}:${e.dealer_code}:${e.amount}`))
  assert.deepEqual(shown, expected)
  assert.ok(expected.some((entry) => entry.startsWith("2:HZ001:")), "the new level-2 rule pays HZ001")
})

step("the statements page lists the seeded dealers; a statement downloads as CSV and XLSX", async () => {
  const seededCodes = (
    await sql(
      `SELECT DISTINCT d.code FROM commission_entry e JOIN distribution_dealer d ON d.id = e.dealer_id ORDER BY d.code`
    )
  ).map((row) => row.code)
  assert.ok(seededCodes.includes("HZ001"), "the seed wrote HZ001's commission")

  await page.goto(`${baseUrl}/app/distribution/statements`)
  const table = page.getByTestId("statements-table")
  for (const code of seededCodes) {
    await table.getByTestId(`statement-row-${code}-cny`).waitFor()
  }
  const period = await table.getAttribute("data-period")
  const { statements } = await admin("GET", `/admin/distribution/commission/statements?period=${period}`)
  assert.deepEqual(statements.map((s) => s.dealer.code).sort(), seededCodes)
  await screenshot("06-statements")

  await table.getByTestId("statement-row-HZ001-cny").click()
  const detail = page.getByTestId("statement-detail")
  await detail.waitFor()
  assert.equal(await detail.getAttribute("data-period"), period)
  const closing = await amountOf(page.getByTestId("statement-closing-balance"))
  const { statement } = await admin(
    "GET",
    `/admin/distribution/commission/statements/${dealers.HZ001}?period=${period}&currency_code=cny`
  )
  assert.equal(closing, statement.closing_balance)
  await screenshot("07-statement-HZ001")

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("statement-export-csv").click()])
  assert.equal(csv.suggestedFilename(), `statement-HZ001-${period}.csv`)
  const csvText = readFileSync(await csv.path(), "utf8")
  assert.ok(csvText.includes(closing), `the CSV holds the closing balance ${closing}`)

  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("statement-export-xlsx").click()])
  assert.equal(xlsx.suggestedFilename(), `statement-HZ001-${period}.xlsx`)
  assert.equal(readFileSync(await xlsx.path()).subarray(0, 2).toString(), "PK")
})

step("a seeded order's page shows its commission split", async () => {
  const [order] = await sql(`SELECT id FROM "order" WHERE email = $1`, [SEEDED_BUYER_EMAIL])
  assert.ok(order, `the seed placed an order for ${SEEDED_BUYER_EMAIL}`)
  const { order_commission: commission } = await admin("GET", `/admin/distribution/commission/orders/${order.id}`)
  assert.ok(commission, "the seeded order earned commission")

  await page.goto(`${baseUrl}/app/orders/${order.id}`)
  const widget = page.getByTestId("order-commission-split")
  await widget.getByTestId("order-commission-total").waitFor()
  assert.equal(await amountOf(widget.getByTestId("order-commission-total")), commission.commission_total)
  assert.equal(await amountOf(widget.getByTestId("order-commission-base")), commission.base_total)
  for (const line of commission.split.lines) {
    const shown = widget.getByTestId(`order-commission-line-${line.line_id}`)
    for (const entry of line.entries) {
      assert.match(await shown.getByTestId(`order-commission-level-${entry.level}`).innerText(), new RegExp(entry.dealer_code))
    }
  }
  // Three levels earn: SX201 sold, SX101 its upline, HZ001 above.
  assert.deepEqual(
    commission.split.by_dealer.map((share) => `${share.level}:${share.dealer_code}`),
    ["1:SX201", "2:SX101", "3:HZ001"]
  )
  for (const share of commission.split.by_dealer) {
    await widget.getByTestId(`order-commission-dealer-${share.dealer_code}`).waitFor()
  }
  await widget.scrollIntoViewIfNeeded()
  await screenshot("08-order-commission")
})

step("an adjustment made in the dealer's balance drawer changes the balance", async () => {
  const balance = async () =>
    (await admin("GET", `/admin/distribution/dealers/${dealers.HZ001}/balance`)).balances.find(
      (b) => b.currency_code === "cny"
    )
  const before = await balance()

  await page.goto(`${baseUrl}/app/distribution/dealers/${dealers.HZ001}`)
  const card = page.getByTestId("dealer-balance-card")
  await card.getByTestId("dealer-balance-cny-available").waitFor()
  assert.equal(await amountOf(card.getByTestId("dealer-balance-cny-available")), before.available)
  assert.equal(await amountOf(card.getByTestId("dealer-balance-cny-total")), before.total)
  await card.scrollIntoViewIfNeeded()
  await screenshot("09-dealer-balance")

  await card.getByTestId("dealer-balance-adjust").click()
  await page.waitForURL(/\/adjustment$/)
  // The dealer's balance currency, once the drawer has loaded the balances.
  await page.getByTestId("adjustment-currency").filter({ hasText: "CNY" }).waitFor()
  await page.getByTestId("adjustment-amount").fill("25.50")
  await page.getByTestId("adjustment-reason").fill("Browser test: trade fair bonus")
  await screenshot("10-adjustment-form")
  await page.getByTestId("adjustment-submit").click()
  await page.waitForURL((url) => !url.pathname.endsWith("/adjustment"))

  const after = await balance()
  assert.ok(new Decimal(after.available).minus(before.available).eq("25.50"), "the API's available balance rose by 25.50")
  assert.ok(new Decimal(after.total).minus(before.total).eq("25.50"))
  await card.locator(`[data-testid="dealer-balance-cny-available"][data-amount="${after.available}"]`).waitFor()
  assert.equal(await amountOf(card.getByTestId("dealer-balance-cny-total")), after.total)
  const [entry] = await sql(
    `SELECT amount::text AS amount, status, created_by FROM commission_entry
      WHERE dealer_id = $1 AND kind = 'adjustment' AND reason = $2`,
    [dealers.HZ001, "Browser test: trade fair bonus"]
  )
  assert.ok(entry, "the adjustment is in the ledger")
  assert.equal(entry.status, "available")
  assert.ok(new Decimal(entry.amount).eq("25.50"))
  assert.ok(entry.created_by, "the adjustment records the admin who made it")
  await card.scrollIntoViewIfNeeded()
  await screenshot("11-balance-adjusted")
})
