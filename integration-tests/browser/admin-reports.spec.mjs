// The Distribution dashboard and the reports page in Debian's headless
// Chromium, on the seeded demo store (four orders placed through dealers'
// referral links this month; their sales facts written by the attribution
// and commission workflows): the sidebar's "Distribution" opens the
// dashboard, whose totals are the dashboard API's and tie out to the sales
// report's; Distribution → Reports shows sales by month with the totals,
// rows and totals row of `GET /admin/distribution/reports/sales?group_by=month`;
// its CSV downloads under the server's name with the bilingual header and the
// API's rows and totals; sales by dealer and commission by dealer show the
// API's totals; the inventory reports are one click away. Every figure the
// page shows is compared with what the admin API answers, never recomputed.
// Starts its own store (fresh database, migrated and seeded like
// `npm run dev`) on a free port and stops it after: browser-store.mjs.
//
//   node --test-reporter=spec integration-tests/browser/admin-reports.spec.mjs
//
// Needs PostgreSQL at DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (as the other
// integration tests). Run it after, not beside, the other browser specs: each
// builds the admin into .medusa/admin and serves it through public/admin.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"
import Decimal from "decimal.js"
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "../../scripts/lib/medusa.mjs"
import { browserStore, signInAdminApi } from "./browser-store.mjs"

/** The seed's orders are placed now: this month holds them all. */
const PERIOD = "this_month"
const CURRENCY = "cny"
/** The seed places four orders through referral links. */
const SEEDED_ORDERS = 4
const SALES_FIELDS = ["orders", "quantity", "net_sales", "refunded", "commission"]
const COMMISSION_FIELDS = ["accrued", "reversed", "adjusted", "net", "paid_out", "entries"]
/** The sales export's columns (src/api/admin/distribution/reports/sales/route.ts). */
const SALES_HEADERS = [
  "Key 键",
  "Name 名称",
  "Orders 订单数",
  "Quantity 数量",
  "Net sales 净销售额",
  "Refunded 退款",
  "Commission 佣金",
]

let page = null
let baseUrl = null
/** The admin API, for the answers the page is compared with (set once the store runs). */
let admin = null

const { screenshot, sql, step } = browserStore({
  results: "browser-reports",
  database: "distribution_reports",
  viewport: { width: 1440, height: 1100 },
  async started(running) {
    page = running.page
    baseUrl = running.baseUrl
    admin = await signInAdminApi(baseUrl)
  },
})

const report = (kind, groupBy) =>
  admin("GET", `/admin/distribution/reports/${kind}?group_by=${groupBy}&period=${PERIOD}&currency_code=${CURRENCY}&limit=1000`)

/** The dashboard's money as the page writes it (en, narrow symbol: "¥1,234.50"). */
const money = (amount) =>
  new Intl.NumberFormat("en", { style: "currency", currency: CURRENCY.toUpperCase(), currencyDisplay: "narrowSymbol" }).format(
    Number(amount)
  )

/** A figure cell or tile: its exact amount, or its count. */
const figureOf = async (locator) => (await locator.getAttribute("data-amount")) ?? (await locator.getAttribute("data-value"))

const same = (a, b) => new Decimal(a).eq(new Decimal(b))

/** The totals tiles and (unless the report is empty, without a table) the table's totals row show the API's totals. */
async function expectTotals(fields, totals, { table = true } = {}) {
  const row = page.getByTestId("reports-totals-row")
  for (const field of fields) {
    const tile = await figureOf(page.getByTestId(`reports-total-${field}`))
    assert.ok(same(tile, totals[field]), `the ${field} tile shows ${totals[field]}, not ${tile}`)
    if (table) {
      const cell = await figureOf(row.locator(`[data-field="${field}"]`))
      assert.ok(same(cell, totals[field]), `the totals row's ${field} is ${totals[field]}, not ${cell}`)
    }
  }
}

/** The table's rows, in order, are the API's (keys and every figure). */
async function expectRows(fields, rows) {
  const shown = page.getByTestId("reports-row")
  assert.equal(await shown.count(), rows.length, "one table row per API row")
  for (let i = 0; i < rows.length; i++) {
    const row = shown.nth(i)
    assert.equal(await row.getAttribute("data-key"), rows[i].key ?? "")
    for (const field of fields) {
      const value = await figureOf(row.locator(`[data-field="${field}"]`))
      assert.ok(same(value, rows[i][field]), `row ${rows[i].key} ${field}: ${value} ≠ ${rows[i][field]}`)
    }
  }
}

/** Waits until the page shows a loaded report of `group` (the previous one may linger while it loads). */
const loaded = (group) =>
  page.locator(`[data-testid="reports-result"][data-group="${group}"][aria-busy="false"]`).waitFor()

step("the seeded admin signs in", async () => {
  await page.goto(`${baseUrl}/app`)
  await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/app\/orders/)
})

step("the seeded orders are in the sales fact table, one row per line", async () => {
  const [facts] = await sql(
    "SELECT count(DISTINCT order_id)::int AS orders, count(*)::int AS lines, count(DISTINCT line_item_id)::int AS distinct_lines FROM sales_fact"
  )
  const [items] = await sql(
    `SELECT count(DISTINCT oi.item_id)::int AS lines FROM order_item oi JOIN "order" o ON o.id = oi.order_id
      WHERE o.deleted_at IS NULL AND oi.deleted_at IS NULL`
  )
  assert.equal(facts.orders, SEEDED_ORDERS, "every seeded order has its facts")
  assert.equal(facts.lines, facts.distinct_lines, "a line is in the facts once")
  assert.equal(facts.lines, items.lines, "every order line is a fact row")
})

step("the sidebar's Distribution opens the dashboard, with the dashboard API's totals", async () => {
  await page.getByRole("link", { name: "Distribution", exact: true }).click()
  await page.waitForURL(/\/app\/distribution$/)
  await page.getByTestId("distribution-dashboard").waitFor()
  await page.getByTestId("dashboard-totals").waitFor()
  const { dashboard } = await admin("GET", `/admin/distribution/dashboard?period=${PERIOD}&currency_code=${CURRENCY}`)
  assert.equal(dashboard.currency_code, CURRENCY)

  const text = async (testId) => (await page.getByTestId(`${testId}-value`).innerText()).trim()
  assert.equal(await text("dashboard-total-net-sales"), money(dashboard.totals.net_sales))
  assert.equal(await text("dashboard-total-attributed"), money(dashboard.totals.attributed_net_sales))
  assert.equal(await text("dashboard-total-orders"), new Intl.NumberFormat("en").format(dashboard.totals.order_count))
  assert.equal(await text("dashboard-total-commission"), money(dashboard.totals.commission_earned))
  assert.equal(await text("dashboard-total-commission-paid"), money(dashboard.totals.commission_paid))
  await page.getByTestId("dashboard-export-league").waitFor()
  await screenshot("01-dashboard")

  // The dashboard and the sales report read the same facts: their totals tie out.
  const sales = await report("sales", "month")
  assert.equal(dashboard.totals.order_count, sales.totals.orders, "orders: dashboard = sales report")
  assert.equal(sales.totals.orders, SEEDED_ORDERS, "the seeded orders are this month's")
  assert.ok(same(dashboard.totals.net_sales, sales.totals.net_sales), "net sales: dashboard = sales report")
  assert.ok(new Decimal(sales.totals.net_sales).gt(0), "the seeded orders sold something")
})

step("Reports → sales by month shows the API's totals, rows and totals row", async () => {
  await page.getByRole("link", { name: "Reports", exact: true }).click()
  await page.waitForURL(/\/app\/distribution\/reports/)
  await page.getByTestId("reports-page").waitFor()
  await page.getByTestId("reports-inventory-link").waitFor()
  // Sales over time is the first report; this month comes per day until the unit says month.
  await loaded("day")
  await page.getByTestId("reports-unit").click()
  await page.getByRole("option", { name: "Month", exact: true }).click()
  await loaded("month")

  const api = await report("sales", "month")
  const result = page.getByTestId("reports-result")
  assert.equal(await result.getAttribute("data-period"), api.period.key)
  assert.equal(await result.getAttribute("data-currency"), api.currency_code)
  await expectTotals(SALES_FIELDS, api.totals)
  await expectRows(SALES_FIELDS, api.rows)
  // The rows add up to the totals (one month here, every order in it).
  const sum = api.rows.reduce((total, row) => total.plus(row.net_sales), new Decimal(0))
  assert.ok(sum.eq(api.totals.net_sales), "the months add up to the total")
  assert.equal(await page.getByTestId("reports-chart").getAttribute("data-points"), String(api.rows.length))
  await screenshot("02-sales-by-month")
})

step("the sales-by-month CSV has the bilingual header, the API's rows and its totals", async () => {
  const api = await report("sales", "month")
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("reports-export-csv").click()])
  assert.equal(download.suggestedFilename(), `sales-by-month-${api.period.key}.csv`)

  // A title, the summary (period, zone, currency…), a blank line, the header, the rows, the totals line.
  const lines = parse(readFileSync(await download.path(), "utf8"), { bom: true, relax_column_count: true })
  assert.equal(lines[0][0], "Sales report 销售报表")
  const headerAt = lines.findIndex((line) => line[0] === "Key 键")
  assert.ok(headerAt > 0, "the column headers follow the summary")
  assert.deepEqual(lines[headerAt], SALES_HEADERS)
  assert.ok(
    lines.slice(1, headerAt).some((line) => line.includes(CURRENCY.toUpperCase())),
    "the summary names the currency"
  )
  const body = lines.slice(headerAt + 1).filter((line) => line.some((cell) => cell !== ""))
  const totals = body.pop()
  assert.equal(totals[0], "Total 合计")
  assert.equal(body.length, api.rows.length, "one line per month")
  const values = (line) => line.slice(2).map((cell) => new Decimal(cell || 0).toString())
  const expected = (figures) => SALES_FIELDS.map((field) => new Decimal(figures[field]).toString())
  assert.deepEqual(values(totals), expected(api.totals), "the totals line is the API's totals")
  body.forEach((line, i) => {
    assert.equal(line[0], api.rows[i].key)
    assert.deepEqual(values(line), expected(api.rows[i]), `the line of ${api.rows[i].key}`)
  })
})

step("sales by dealer and commission by dealer show the API's rows and totals", async () => {
  await page.getByTestId("reports-tab-sales_dealer").click()
  await loaded("dealer")
  const sales = await report("sales", "dealer")
  await expectTotals(SALES_FIELDS, sales.totals)
  await expectRows(SALES_FIELDS, sales.rows)
  await screenshot("03-sales-by-dealer")

  await page.getByTestId("reports-tab-commission_dealer").click()
  await page.locator('[data-testid="reports-view"][data-report="commission_dealer"]').waitFor()
  await loaded("dealer")
  const commission = await report("commission", "dealer")
  await page.locator(`[data-testid="reports-total-net"][data-amount="${commission.totals.net}"]`).waitFor()
  await expectTotals(COMMISSION_FIELDS, commission.totals)
  await expectRows(COMMISSION_FIELDS, commission.rows)
  assert.ok(new Decimal(commission.totals.accrued).gt(0), "the seeded orders accrued commission")
  // The facts' commission is the ledger's accruals net of reversals (the seed's orders and entries are this month's).
  assert.ok(
    new Decimal(commission.totals.accrued).plus(commission.totals.reversed).eq(sales.totals.commission),
    "sales report commission = ledger accrued + reversed"
  )
  await screenshot("04-commission-by-dealer")
})

step("a custom range and last month are read as the API reads them; an empty period says so", async () => {
  const { period } = await report("sales", "month")
  // This month so far, on the merchant's calendar: its first day to today.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: period.timezone }).format(new Date())
  const from = `${period.key}-01`
  await page.goto(`${baseUrl}/app/distribution/reports?report=sales_period&period=custom`)
  await page.getByTestId("reports-choose-range").waitFor()
  await page.goto(`${baseUrl}/app/distribution/reports?report=sales_period&period=custom&from=${from}&to=${today}`)
  await loaded("day")
  const custom = await admin(
    "GET",
    `/admin/distribution/reports/sales?group_by=day&from=${from}&to=${today}&currency_code=${CURRENCY}&limit=1000`
  )
  assert.equal(custom.count, Number(today.slice(8)), "one bucket per day of the range")
  assert.equal(await page.getByTestId("reports-chart").getAttribute("data-points"), String(custom.count))
  await expectTotals(SALES_FIELDS, custom.totals)
  assert.ok(same(custom.totals.net_sales, (await report("sales", "month")).totals.net_sales), "this month so far is this month")
  await screenshot("05-custom-range")

  await page.getByTestId("reports-period").click()
  await page.getByRole("option", { name: "Last month", exact: true }).click()
  const [year, month] = period.key.split("-").map(Number)
  const lastMonth = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`
  await page.locator(`[data-testid="reports-result"][data-period="${lastMonth}"][aria-busy="false"]`).waitFor()
  const previous = await admin(
    "GET",
    `/admin/distribution/reports/sales?group_by=day&period=${lastMonth}&currency_code=${CURRENCY}&limit=1000`
  )
  // The seed's orders are this month's: last month is empty unless the test runs on its first local day's edge.
  const empty = SALES_FIELDS.every((field) => new Decimal(previous.totals[field]).isZero())
  if (empty) {
    // Zero tiles, and a message instead of a chart and table of zeros.
    await page.getByTestId("reports-empty").waitFor()
    assert.equal(await page.getByTestId("reports-table").count(), 0)
  }
  await expectTotals(SALES_FIELDS, previous.totals, { table: !empty })
  await screenshot("06-last-month")
})

step("the inventory reports are one click away", async () => {
  await page.getByTestId("reports-inventory-link").click()
  await page.waitForURL(/\/app\/distribution\/warehouse\/analysis$/)
  await page.getByTestId("inventory-analysis-page").waitFor()
})
