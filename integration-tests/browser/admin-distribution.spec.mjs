// The merchant's path through the admin, in Debian's headless Chromium: sign
// in, see the seeded dealer network, approve a pending application, see the
// new dealer. Starts its own store (fresh database, migrated and seeded like
// `npm run dev`) on a free port and stops it afterwards: browser-store.mjs.
//
//   node --test-reporter=spec integration-tests/browser/admin-distribution.spec.mjs
//
// Needs PostgreSQL at DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (as the other
// integration tests); `npm run test:browser` provides one.
import assert from "node:assert/strict"
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "../../scripts/lib/medusa.mjs"
import { browserStore } from "./browser-store.mjs"

const APPLICANT_EMAIL = "applicant-wang@distribution.test"
const SEEDED_DEALER_CODES = ["HZ001", "SH001", "NB101", "SX101", "SZ101", "NB201", "SX201", "SZ201"]

let page = null
let baseUrl = null
const { sql, screenshot, step } = browserStore({
  results: "browser",
  database: "distribution_browser",
  viewport: { width: 1440, height: 900 },
  started(running) {
    page = running.page
    baseUrl = running.baseUrl
  },
})

step("the seeded admin signs in", async () => {
  await page.goto(`${baseUrl}/app`)
  await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/app\/orders/)
  await screenshot("01-signed-in")
})

step("the dealers table lists the seeded network", async () => {
  // Distribution opens on the dashboard; Dealers is one entry below it.
  await page.getByRole("link", { name: "Distribution", exact: true }).click()
  await page.waitForURL(/\/app\/distribution(\?|$)/)
  await page.getByRole("link", { name: "Dealers", exact: true }).click()
  await page.waitForURL(/\/app\/distribution\/dealers/)
  const table = page.getByTestId("distribution-dealers-table")
  for (const code of SEEDED_DEALER_CODES) {
    await table.getByTestId(`dealer-row-${code}`).waitFor()
  }
  await screenshot("02-dealers")
})

step("approving a pending application creates the dealer", async () => {
  const [application] = await sql(
    "SELECT id FROM distribution_dealer_application WHERE email = $1 AND status = 'pending'",
    [APPLICANT_EMAIL]
  )
  assert.ok(application, `the seed left a pending application from ${APPLICANT_EMAIL}`)

  await page.getByRole("link", { name: "Applications", exact: true }).click()
  await page.waitForURL(/\/app\/distribution\/applications/)
  const table = page.getByTestId("distribution-applications-table")
  await table.getByTestId(`application-approve-${application.id}`).click()
  await screenshot("03-approve-form")
  await page.getByTestId("approve-submit").click()
  await table.getByTestId(`application-approve-${application.id}`).waitFor({ state: "detached" })

  const [dealer] = await sql(
    `SELECT d.code, p.code AS parent_code, t.code AS tier_code
       FROM distribution_dealer d
       JOIN distribution_dealer_application a ON a.dealer_id = d.id
       LEFT JOIN distribution_dealer p ON p.id = d.parent_id
       JOIN distribution_dealer_tier t ON t.id = d.tier_id
      WHERE a.id = $1`,
    [application.id]
  )
  // Approved as asked: tier T2 under HZ001.
  assert.deepEqual({ parent: dealer?.parent_code, tier: dealer?.tier_code }, { parent: "HZ001", tier: "T2" })

  await page.getByRole("link", { name: "Dealers", exact: true }).click()
  await page.getByTestId("distribution-dealers-table").getByTestId(`dealer-row-${dealer.code}`).waitFor()
  await screenshot("04-new-dealer")
})
