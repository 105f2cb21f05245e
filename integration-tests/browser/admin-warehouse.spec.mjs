// Stock transfers and stock counts in the admin, in Debian's headless
// Chromium, on the seeded demo store (two producer warehouses stocking every
// demo SKU; a dealer's warehouse when the seed has one): from the Warehouses
// landing page, a transfer of LJ-250 is created in its drawer (locations
// picked, the item found by SKU with its available quantity, a quantity over
// that refused in the form), shipped through its prompt, received short with
// a discrepancy note, and its slip printed; then a count of the target
// location is started, one line counted in place, applied through its prompt
// (which says how many lines stay uncounted). Every level is read from
// Medusa's own inventory API before and after, never recomputed from the page.
// Starts its own store (fresh database, migrated and seeded like
// `npm run dev`) on a free port and stops it after: browser-store.mjs.
//
//   node --test-reporter=spec integration-tests/browser/admin-warehouse.spec.mjs
//
// Needs PostgreSQL at DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (as the other
// integration tests). Run it after, not beside, the other browser specs: each
// builds the admin into .medusa/admin and serves it through public/admin.
import assert from "node:assert/strict"
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "../../scripts/lib/medusa.mjs"
import { browserStore, signInAdminApi } from "./browser-store.mjs"

const SKU = "LJ-250"
const SOURCE_NAME = "杭州总仓 Hangzhou main warehouse"
const FALLBACK_TARGET_NAME = "上海仓 Shanghai warehouse"
const SHIPPED = 10
const RECEIVED = 8
const SHORT_NOTE = "2 boxes crushed in transit 运输破损"

let page = null
let baseUrl = null
/** The admin API, for the answers the page is compared with (set once the store runs). */
let admin = null
let item = null
let source = null
let target = null
let transferId = null
let countId = null
/** Levels before the transfer, by location id. */
const before = {}

const { screenshot, step } = browserStore({
  results: "browser-warehouse",
  database: "distribution_warehouse",
  viewport: { width: 1440, height: 1000 },
  async started(running) {
    page = running.page
    baseUrl = running.baseUrl
    admin = await signInAdminApi(baseUrl)
  },
})

/** The item's level at a location, as Medusa's inventory API has it (zeros when there is none). */
async function levelAt(locationId) {
  const { inventory_levels } = await admin(
    "GET",
    `/admin/inventory-items/${item.id}/location-levels?location_id=${locationId}`
  )
  const level = inventory_levels.find((l) => l.location_id === locationId)
  return {
    stocked: level?.stocked_quantity ?? 0,
    reserved: level?.reserved_quantity ?? 0,
    available: level ? level.stocked_quantity - level.reserved_quantity : 0,
  }
}

/** Opens a Medusa UI select by its test id and picks the option of a location. */
async function pickLocation(testId, locationId) {
  await page.getByTestId(testId).click()
  await page.getByTestId(`${testId}-option-${locationId}`).click()
}

step("the seeded admin signs in", async () => {
  await page.goto(`${baseUrl}/app`)
  await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/app\/orders/)
})

step("the seed stocks the item at both ends of the transfer-to-be", async () => {
  const { inventory_items } = await admin("GET", `/admin/inventory-items?sku=${SKU}`)
  item = inventory_items[0]
  assert.ok(item, `the seed made the inventory item ${SKU}`)
  const { locations } = await admin("GET", "/admin/distribution/warehouse/locations?limit=100")
  source = locations.find((l) => l.name === SOURCE_NAME)
  assert.ok(source, `the seed made ${SOURCE_NAME}`)
  assert.equal(source.dealer, null, "the producer owns the main warehouse")
  // A dealer's warehouse when the seed has one (its owner is shown in the picker), else the producer's other one.
  target = locations.find((l) => l.dealer) ?? locations.find((l) => l.name === FALLBACK_TARGET_NAME)
  assert.ok(target, "a second location to send to")
  before[source.id] = await levelAt(source.id)
  before[target.id] = await levelAt(target.id)
  assert.ok(before[source.id].available >= SHIPPED, `${SOURCE_NAME} has ${SHIPPED} ${SKU} to send`)
})

step("Distribution → Warehouses shows the landing page with live figures", async () => {
  await page.getByRole("link", { name: "Distribution", exact: true }).click()
  await page.waitForURL(/\/app\/distribution(\?|$)/)
  await page.getByRole("link", { name: "Warehouses", exact: true }).click()
  await page.waitForURL(/\/app\/distribution\/warehouse$/)
  const { count: drafts } = await admin("GET", "/admin/distribution/warehouse/transfers?status=draft&limit=1")
  await page.locator(`[data-testid="warehouse-home-draft-transfers"]`).getByText(String(drafts), { exact: true }).waitFor()
  for (const card of ["transfers", "counts", "alerts", "analysis"]) {
    await page.getByTestId(`warehouse-home-${card}`).waitFor()
  }
  await screenshot("01-warehouse-home")
  await page.getByTestId("warehouse-home-transfers").click()
  await page.waitForURL(/\/app\/distribution\/warehouse\/transfers$/)
  await page.getByTestId("stock-transfers-table").waitFor()
})

step("a transfer is created in the drawer: locations, item found by SKU with its availability, quantity", async () => {
  const { count: transfersBefore } = await admin("GET", "/admin/distribution/warehouse/transfers?limit=1")
  await page.getByTestId("stock-transfer-create").click()
  await page.waitForURL(/\/transfers\/create$/)
  await page.getByTestId("stock-transfer-items-pick-source").waitFor()

  await pickLocation("stock-transfer-from", source.id)
  await pickLocation("stock-transfer-to", target.id)
  if (target.dealer) {
    const owner = `${target.dealer.code} · ${target.dealer.name}`
    assert.ok((await page.getByTestId("stock-transfer-to").innerText()).includes(owner), "the dealer owning the target is shown")
  }

  await page.getByTestId("stock-transfer-item-search").fill(SKU)
  const result = page.getByTestId(`stock-transfer-item-result-${SKU}`)
  await result.waitFor()
  assert.equal(
    Number(await result.getAttribute("data-available")),
    before[source.id].available,
    "the picker shows Medusa's available quantity at the source"
  )
  await result.getByTestId("stock-transfer-item-add").click()
  const line = page.getByTestId(`stock-transfer-line-${SKU}`)
  await line.waitFor()

  // More than is available: refused in the form, nothing sent.
  const quantity = line.getByTestId("stock-transfer-line-quantity")
  await quantity.fill(String(before[source.id].available + 1))
  await page.getByTestId("stock-transfer-submit").click()
  await page.getByText(`At most ${before[source.id].available} available at the source.`).waitFor()
  assert.equal(
    (await admin("GET", "/admin/distribution/warehouse/transfers?limit=1")).count,
    transfersBefore,
    "no transfer was made"
  )

  await quantity.fill(String(SHIPPED))
  await page.getByTestId("stock-transfer-note").fill("Browser test 浏览器测试")
  await screenshot("02-transfer-create")
  await page.getByTestId("stock-transfer-submit").click()
  await page.waitForURL(/\/transfers\/(?!create)[^/]+$/)
  const detail = page.locator('[data-testid="stock-transfer-detail"][data-status="draft"]')
  await detail.waitFor()
  transferId = await detail.getAttribute("data-transfer-id")

  const { transfer } = await admin("GET", `/admin/distribution/warehouse/transfers/${transferId}`)
  assert.deepEqual(
    {
      status: transfer.status,
      from: transfer.from_location.id,
      to: transfer.to_location.id,
      lines: transfer.lines.map((l) => [l.sku, l.quantity]),
    },
    { status: "draft", from: source.id, to: target.id, lines: [[SKU, SHIPPED]] }
  )
  assert.deepEqual(await levelAt(source.id), before[source.id], "a draft moves nothing")
  await page.getByTestId("stock-transfer-number").getByText(`TR-${transfer.display_id}`).waitFor()
})

step("shipping through the prompt takes the stock out of the source", async () => {
  await page.getByTestId("stock-transfer-ship").click()
  const prompt = page.getByTestId("stock-transfer-ship-prompt")
  await prompt.waitFor()
  assert.match(await prompt.innerText(), new RegExp(`${SHIPPED} units`))
  await page.getByTestId("stock-transfer-ship-prompt-confirm").click()
  await page.locator('[data-testid="stock-transfer-detail"][data-status="shipped"]').waitFor()
  await page.locator('[data-testid="stock-transfer-timeline-shipped"][data-done="true"]').waitFor()

  const after = await levelAt(source.id)
  assert.equal(after.stocked, before[source.id].stocked - SHIPPED, "the source's stock went down by what was shipped")
  assert.deepEqual(await levelAt(target.id), before[target.id], "nothing has arrived yet")
  await screenshot("03-transfer-shipped")
})

step("receiving short with a note records the discrepancy and adds what arrived to the target", async () => {
  await page.getByTestId("stock-transfer-receive").click()
  const dialog = page.getByTestId("stock-transfer-receive-dialog")
  await dialog.waitFor()
  const line = dialog.getByTestId(`stock-transfer-receive-line-${SKU}`)
  await line.getByTestId("stock-transfer-receive-quantity").fill(String(RECEIVED))
  await line.getByTestId("stock-transfer-receive-note").fill(SHORT_NOTE)
  await dialog.getByTestId("stock-transfer-receive-summary").getByText(`${SHIPPED - RECEIVED} units short`).waitFor()
  await screenshot("04-transfer-receive")
  await dialog.getByTestId("stock-transfer-receive-submit").click()
  await dialog.waitFor({ state: "hidden" })
  await page.locator('[data-testid="stock-transfer-detail"][data-status="received"]').waitFor()

  const { transfer } = await admin("GET", `/admin/distribution/warehouse/transfers/${transferId}`)
  const [apiLine] = transfer.lines
  assert.deepEqual(
    { received: apiLine.received_quantity, discrepancy: apiLine.discrepancy_quantity, note: apiLine.discrepancy_note },
    { received: RECEIVED, discrepancy: SHIPPED - RECEIVED, note: SHORT_NOTE }
  )
  const row = page.locator(`[data-testid="stock-transfer-line-${SKU}"][data-received="${RECEIVED}"]`)
  await row.waitFor()
  assert.equal(await row.getAttribute("data-discrepancy"), String(SHIPPED - RECEIVED))
  assert.equal(await row.getByTestId("stock-transfer-line-discrepancy-note").innerText(), SHORT_NOTE)
  assert.equal(await page.getByTestId("stock-transfer-discrepancy-quantity").innerText(), String(SHIPPED - RECEIVED))

  assert.equal((await levelAt(target.id)).stocked, before[target.id].stocked + RECEIVED, "what arrived is in the target")
  assert.equal((await levelAt(source.id)).stocked, before[source.id].stocked - SHIPPED, "the source keeps its shipment out")
  await screenshot("05-transfer-received")
})

step("the slip prints alone: number, both locations and the received quantities", async () => {
  // window.print() opens no dialog in headless Chromium; record the call instead.
  await page.evaluate(() => {
    window.__printed = 0
    window.print = () => {
      window.__printed += 1
    }
  })
  await page.getByTestId("stock-transfer-print").click()
  assert.equal(await page.evaluate(() => window.__printed), 1)

  const slip = page.getByTestId("stock-transfer-slip")
  assert.equal(await slip.isVisible(), false, "the slip is hidden on screen")
  await page.emulateMedia({ media: "print" })
  try {
    await slip.waitFor({ state: "visible" })
    assert.equal(await page.getByTestId("stock-transfer-detail").isVisible(), false, "the dashboard is hidden in print")
    const text = await slip.innerText()
    const { transfer } = await admin("GET", `/admin/distribution/warehouse/transfers/${transferId}`)
    for (const expected of [`TR-${transfer.display_id}`, source.name, target.name, SKU, SHORT_NOTE]) {
      assert.ok(text.includes(expected), `the slip shows ${expected}`)
    }
    const cells = await slip.getByTestId("stock-transfer-slip-line").first().locator("td").allInnerTexts()
    assert.deepEqual(cells.slice(3, 5), [String(SHIPPED), String(RECEIVED)])
    await screenshot("06-transfer-slip-print")
  } finally {
    await page.emulateMedia({ media: "screen" })
  }
})

step("the transfers list finds it by SKU and filters it by status", async () => {
  await page.goto(`${baseUrl}/app/distribution/warehouse/transfers?q=${SKU}&status=${encodeURIComponent('"received"')}`)
  await page.locator(`[data-testid="stock-transfer-row-${transferId}"][data-status="received"]`).waitFor()
  await page.goto(`${baseUrl}/app/distribution/warehouse/transfers?status=${encodeURIComponent('"canceled"')}&q=${SKU}`)
  const { count: canceled } = await admin("GET", `/admin/distribution/warehouse/transfers?status=canceled&q=${SKU}`)
  if (canceled === 0) {
    await page.getByTestId("stock-transfers-table").getByText("No matching transfers").waitFor()
  }
  assert.equal(await page.getByTestId(`stock-transfer-row-${transferId}`).count(), 0, "a received transfer is not canceled")
})

step("a count of the target is started, one line counted in place and applied", async () => {
  await page.goto(`${baseUrl}/app/distribution/warehouse/counts`)
  await page.getByTestId("stock-counts-table").waitFor()
  await page.getByTestId("stock-count-create").click()
  await page.waitForURL(/\/counts\/create$/)
  await pickLocation("stock-count-location", target.id)
  await page.getByTestId("stock-count-submit").click()
  await page.waitForURL(/\/counts\/(?!create)[^/]+$/)
  const detail = page.locator('[data-testid="stock-count-detail"][data-status="counting"]')
  await detail.waitFor()
  countId = await detail.getAttribute("data-count-id")

  const { count } = await admin("GET", `/admin/distribution/warehouse/counts/${countId}`)
  assert.ok(count.totals.lines >= 1, "the count took a snapshot of the target's items")
  const { lines } = await admin("GET", `/admin/distribution/warehouse/counts/${countId}/lines?q=${SKU}`)
  const snapshot = lines.find((l) => l.sku === SKU).snapshot_quantity
  const level = await levelAt(target.id)
  assert.equal(snapshot, level.stocked, "the snapshot is the level when the count started")

  await page.getByTestId("stock-count-lines-search").fill(SKU)
  const row = page.getByTestId(`stock-count-line-${SKU}`)
  await row.waitFor()
  const counted = snapshot - 3
  await row.getByTestId("stock-count-line-input").fill(String(counted))
  await row.locator('[data-testid="stock-count-line-variance"][data-variance="-3"]').waitFor()
  await page.getByTestId("stock-count-lines-save").click()
  await page.locator(`[data-testid="stock-count-line-${SKU}"][data-counted="${counted}"]`).waitFor()
  await page.getByTestId("stock-count-counted").getByText("1", { exact: true }).waitFor()
  await screenshot("07-count-entered")

  await page.getByTestId("stock-count-apply").click()
  const prompt = page.getByTestId("stock-count-apply-prompt")
  await prompt.waitFor()
  const uncounted = count.totals.lines - 1
  if (uncounted > 0) {
    assert.match(await prompt.innerText(), new RegExp(`${uncounted} line\\(s\\) not counted are left as they are`))
  }
  await screenshot("08-count-apply-prompt")
  await page.getByTestId("stock-count-apply-prompt-confirm").click()
  await page.locator('[data-testid="stock-count-detail"][data-status="applied"]').waitFor()

  const applied = (await admin("GET", `/admin/distribution/warehouse/counts/${countId}`)).count
  assert.equal(applied.status, "applied")
  assert.ok(applied.applied_by, "the count records who applied it")
  assert.equal((await levelAt(target.id)).stocked, counted, "the level is the counted quantity")
  await screenshot("09-count-applied")
})
