// The payouts admin in Debian's headless Chromium, on the seeded demo store
// (bank accounts for HZ001, SX101 and SZ101 with the manual provider, bonuses
// making commission available, one draft batch paying those three; SH001 owed
// a bonus but without an account): a batch refused when nobody qualifies; the
// seeded batch reviewed, approved through its prompt and settled by hand —
// one payout marked paid, one failed, one paid, the progress bar and status
// following (partially failed), the failed one retried and paid (completed) —
// and exported as CSV; a dealer's balance after the payout; a payout account
// locked and unlocked; a bank account set for SH001 in its drawer and a new
// batch created for it. Every figure the page shows is compared with what the
// admin API answers, never recomputed. Starts its own store (fresh database,
// migrated and seeded like `npm run dev`) on a free port and stops it after:
// browser-store.mjs.
//
//   node --test-reporter=spec integration-tests/browser/admin-payouts.spec.mjs
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

/** Who the seeded batch pays (bank accounts and available commission). */
const SEEDED_PAYEES = ["HZ001", "SX101", "SZ101"]
/** Owed a bonus, but without a payout account: no batch can pay it yet. */
const UNPAID_DEALER = "SH001"

let page = null
let baseUrl = null
/** The admin API, for the answers the page is compared with (set once the store runs). */
let admin = null
/** Seeded dealers' ids by code. */
const dealers = {}
/** The seeded draft batch (as the API gave it before the test changed it). */
let seededBatch = null

const { screenshot, sql, step } = browserStore({
  results: "browser-payouts",
  database: "distribution_payouts",
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

const batchOf = async (id) => (await admin("GET", `/admin/distribution/payouts/batches/${id}`)).batch
const payoutsOf = async (batchId) =>
  (await admin("GET", `/admin/distribution/payouts?batch_id=${batchId}&limit=100`)).payouts
const balanceOf = async (code) =>
  (await admin("GET", `/admin/distribution/dealers/${dealers[code]}/balance`)).balances.find(
    (b) => b.currency_code === "cny"
  )
const accountOf = async (code) =>
  (await admin("GET", `/admin/distribution/dealers/${dealers[code]}/payout-accounts`)).payout_accounts.find(
    (a) => a.provider_id === "manual"
  )

/** Waits until the header's status badge and progress bar show what the API says now. */
async function expectBatchAsApi(batchId) {
  const batch = await batchOf(batchId)
  await page.locator(`[data-testid="payout-batch-status"][data-status="${batch.status}"]`).waitFor()
  const bar = page.locator(
    `[data-testid="payout-batch-progress"][data-done="${batch.progress.done}"][data-total="${batch.progress.total}"]`
  )
  await bar.waitFor()
  for (const key of ["succeeded", "failed", "canceled"]) {
    assert.equal(await bar.getAttribute(`data-${key}`), String(batch.progress[key]), `progress ${key}`)
  }
  await page
    .locator(`[data-testid="payout-batch-amount-succeeded"][data-amount="${batch.progress.amount_succeeded}"]`)
    .waitFor()
  return batch
}

/** Opens the row menu of a dealer's payout and settles it through the drawer. */
async function settle(code, outcome, text) {
  const actions = page.getByTestId(`payout-actions-${code}`)
  assert.match(await actions.getAttribute("data-actions"), outcome === "paid" ? /mark_paid/ : /mark_failed/)
  await actions.getByRole("button").click()
  await page.getByRole("menuitem", { name: outcome === "paid" ? "Mark paid" : "Mark failed" }).click()
  const dialog = page.getByTestId("payout-settle-dialog")
  await dialog.waitFor()
  assert.equal(await dialog.getAttribute("data-outcome"), outcome)
  await dialog.getByTestId(outcome === "paid" ? "payout-mark-paid-reference" : "payout-mark-failed-reason").fill(text)
  await dialog.getByTestId("payout-settle-submit").click()
  await dialog.waitFor({ state: "hidden" })
}

step("the seeded admin signs in", async () => {
  await page.goto(`${baseUrl}/app`)
  await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/app\/orders/)
})

step("Distribution → Payouts lists the seeded draft batch", async () => {
  const { batches, count } = await admin("GET", "/admin/distribution/payouts/batches")
  assert.equal(count, 1, "the seed made one batch")
  seededBatch = batches[0]
  assert.deepEqual(
    { status: seededBatch.status, provider: seededBatch.provider_id, currency: seededBatch.currency_code, source: seededBatch.source },
    { status: "draft", provider: "manual", currency: "cny", source: "admin" }
  )

  await page.getByRole("link", { name: "Distribution", exact: true }).click()
  await page.waitForURL(/\/app\/distribution(\?|$)/)
  await page.getByRole("link", { name: "Payouts", exact: true }).click()
  await page.waitForURL(/\/app\/distribution\/payouts$/)
  const table = page.getByTestId("payout-batches-table")
  const row = table.getByTestId(`payout-batch-row-${seededBatch.id}`)
  await row.waitFor()
  assert.equal(await row.getAttribute("data-status"), "draft")
  assert.equal(
    await table.locator(`[data-amount="${seededBatch.total_amount}"]`).count(),
    1,
    `the list shows the batch total ${seededBatch.total_amount}`
  )
  const bar = table.getByTestId("payout-batch-progress")
  assert.equal(await bar.getAttribute("data-total"), String(seededBatch.progress.total))
  assert.equal(await bar.getAttribute("data-done"), "0")
  await screenshot("01-batches")
})

step("a batch is refused when nobody qualifies (SH001 has no account); the drawer says why", async () => {
  const before = (await admin("GET", "/admin/distribution/payouts/batches")).count
  await page.getByTestId("payout-batch-create").click()
  await page.waitForURL(/\/payouts\/create$/)
  // The store's currency and the only provider are chosen already; pick the provider anyway.
  await page.getByTestId("payout-batch-currency").filter({ hasText: "CNY" }).waitFor()
  await page.getByTestId("payout-batch-provider").click()
  await page.getByTestId("payout-batch-provider-option-manual").click()
  await page.getByTestId("payout-batch-provider-hint").waitFor()
  await page.getByTestId("payout-batch-submit").click()
  // The server's words, in a toast (drawn over the drawer), once it has slid into view.
  const error = page.locator("[data-sonner-toast]").filter({ hasText: /Nothing to pay/ })
  await error.waitFor()
  await page.waitForFunction((toast) => toast.getBoundingClientRect().top >= 0, await error.elementHandle())
  await screenshot("02-create-refused")
  assert.match(page.url(), /\/payouts\/create$/, "the drawer stays open")
  assert.equal((await admin("GET", "/admin/distribution/payouts/batches")).count, before, "no batch was made")
  // Closing a drawer whose form was touched asks first (the dashboard's route drawer).
  await page.keyboard.press("Escape")
  const leave = page.getByRole("button", { name: "Continue", exact: true })
  await Promise.race([
    page.waitForURL(/\/app\/distribution\/payouts$/),
    leave.waitFor().then(() => leave.click()),
  ]).catch(() => {})
  await page.waitForURL(/\/app\/distribution\/payouts$/)
  await page.getByTestId("payout-batch-create").waitFor()
})

step("the seeded batch shows its payouts with the API's amounts and accounts", async () => {
  await page.getByTestId(`payout-batch-row-${seededBatch.id}`).click()
  await page.waitForURL(new RegExp(`/payouts/${seededBatch.id}$`))
  await page.locator(`[data-testid="payout-batch-detail"][data-batch-id="${seededBatch.id}"]`).waitFor()

  const payouts = await payoutsOf(seededBatch.id)
  assert.deepEqual(payouts.map((p) => p.dealer.code).sort(), SEEDED_PAYEES)
  for (const payout of payouts) {
    const row = page.getByTestId(`payout-row-${payout.dealer.code}`)
    await row.waitFor()
    assert.equal(await row.getAttribute("data-payout-id"), payout.id)
    assert.equal(await row.getAttribute("data-status"), "draft")
    assert.equal(await row.getByTestId("payout-amount").getAttribute("data-amount"), payout.amount)
    const account = await row.getByTestId("payout-account").innerText()
    assert.ok(account.includes(payout.account.bank_name), `${payout.dealer.code}'s bank is shown`)
    assert.ok(account.includes(payout.account.account_number_masked), `${payout.dealer.code}'s number is shown masked`)
    assert.equal(await page.getByTestId(`payout-actions-${payout.dealer.code}`).getAttribute("data-actions"), "remove")
  }
  assert.equal(await page.getByTestId("payout-batch-total").getAttribute("data-amount"), seededBatch.total_amount)
  assert.equal(await page.getByTestId("payout-batch-count").innerText(), String(payouts.length))
  await expectBatchAsApi(seededBatch.id)
  await screenshot("03-batch-draft")
})

step("approving through the prompt sends the payouts: manual ones wait in processing, 0 done", async () => {
  await page.getByTestId("payout-batch-approve").click()
  const prompt = page.getByTestId("payout-batch-approve-prompt")
  await prompt.waitFor()
  assert.match(await prompt.innerText(), /3 payouts/)
  await screenshot("04-approve-prompt")
  await page.getByTestId("payout-batch-approve-prompt-confirm").click()
  await prompt.waitFor({ state: "hidden" })

  for (const code of SEEDED_PAYEES) {
    await page.locator(`[data-testid="payout-row-${code}"][data-status="processing"]`).waitFor()
  }
  const batch = await expectBatchAsApi(seededBatch.id)
  assert.equal(batch.status, "processing")
  assert.equal(batch.progress.done, 0)
  assert.equal(batch.approved_by !== null, true, "the approval records the admin")
  assert.equal(await page.getByTestId("payout-batch-approve").count(), 0, "an approved batch can't be approved again")
  assert.match(await page.getByTestId("payout-actions-HZ001").getAttribute("data-actions"), /mark_paid mark_failed/)
  await screenshot("05-batch-processing")
})

step("marking HZ001 paid and SX101 failed moves the progress; SZ101 paid leaves it partially failed", async () => {
  await settle("HZ001", "paid", "ICBC-20260301-0001")
  await page.locator('[data-testid="payout-row-HZ001"][data-status="succeeded"]').waitFor()
  await page.getByTestId("payout-row-HZ001").getByText("Reference: ICBC-20260301-0001").waitFor()
  let batch = await expectBatchAsApi(seededBatch.id)
  assert.deepEqual({ status: batch.status, done: batch.progress.done }, { status: "processing", done: 1 })

  await settle("SX101", "failed", "账户已冻结 Account frozen")
  await page.locator('[data-testid="payout-row-SX101"][data-status="failed"]').waitFor()
  batch = await expectBatchAsApi(seededBatch.id)
  assert.deepEqual({ status: batch.status, done: batch.progress.done, failed: batch.progress.failed }, { status: "processing", done: 2, failed: 1 })
  const [failed] = (await payoutsOf(seededBatch.id)).filter((p) => p.dealer.code === "SX101")
  assert.equal(failed.failure_reason, "账户已冻结 Account frozen")
  assert.equal(await page.getByTestId("payout-actions-SX101").getAttribute("data-actions"), "retry")
  await screenshot("06-one-paid-one-failed")

  await settle("SZ101", "paid", "CCB-20260301-0002")
  await page.locator('[data-testid="payout-row-SZ101"][data-status="succeeded"]').waitFor()
  batch = await expectBatchAsApi(seededBatch.id)
  assert.deepEqual({ status: batch.status, done: batch.progress.done }, { status: "partially_failed", done: 3 })
  await screenshot("07-partially-failed")
})

step("the failed payout retried and marked paid completes the batch", async () => {
  const failedId = await page.getByTestId("payout-row-SX101").getAttribute("data-payout-id")
  await page.getByTestId("payout-actions-SX101").getByRole("button").click()
  await page.getByRole("menuitem", { name: "Retry" }).click()
  const retry = page.locator(`[data-testid="payout-row-SX101"][data-retry-of="${failedId}"]`)
  await retry.waitFor()
  await page.locator(`[data-testid="payout-row-SX101"][data-retry-of="${failedId}"][data-status="processing"]`).waitFor()
  let batch = await expectBatchAsApi(seededBatch.id)
  assert.deepEqual({ status: batch.status, done: batch.progress.done }, { status: "processing", done: 2 })
  const retried = (await payoutsOf(seededBatch.id)).find((p) => p.retry_of_id === failedId)
  assert.equal(await retry.getAttribute("data-payout-id"), retried.id)
  assert.equal(await retry.getByTestId("payout-amount").getAttribute("data-amount"), retried.amount)
  await screenshot("08-retried")

  await settle("SX101", "paid", "CMB-20260302-0003")
  await page.locator(`[data-testid="payout-row-SX101"][data-payout-id="${retried.id}"][data-status="succeeded"]`).waitFor()
  batch = await expectBatchAsApi(seededBatch.id)
  assert.deepEqual({ status: batch.status, done: batch.progress.done, succeeded: batch.progress.succeeded }, { status: "completed", done: 3, succeeded: 3 })
  assert.ok(new Decimal(batch.progress.amount_succeeded).eq(seededBatch.total_amount), "everything the batch reserved was paid")
  await screenshot("09-completed")
})

step("a payout's details show what it pays and its history, as the API has them", async () => {
  const retried = (await payoutsOf(seededBatch.id)).find((p) => p.dealer.code === "SX101" && p.retry_of_id)
  const detail = await admin("GET", `/admin/distribution/payouts/${retried.retry_of_id}`)
  await page.locator(`[data-testid="payout-detail-open-SX101"][data-payout-id="${detail.payout.id}"]`).click()
  // Loaded: the drawer carries the payout's status once it has it.
  const drawer = page.locator(`[data-testid="payout-detail-drawer"][data-payout-id="${detail.payout.id}"][data-status="failed"]`)
  await drawer.waitFor()
  await drawer.locator(`[data-testid="payout-detail-entries"][data-count="${detail.entries.length}"]`).waitFor()
  const entries = drawer.getByTestId("payout-detail-entry")
  assert.equal(await entries.count(), detail.entries.length)
  assert.deepEqual(
    (await entries.evaluateAll((rows) => rows.map((r) => [r.dataset.kind, r.dataset.amount]))).sort(),
    detail.entries.map((e) => [e.kind, e.amount]).sort()
  )
  assert.equal(await drawer.getByTestId("payout-detail-entries-total").getAttribute("data-amount"), detail.entries_total)
  assert.deepEqual(
    await drawer.getByTestId("payout-detail-event").evaluateAll((items) => items.map((i) => i.dataset.kind)),
    detail.events.map((e) => e.kind)
  )
  // Its retry opens in the same drawer.
  await drawer.getByTestId("payout-detail-retried-by").click()
  await page.locator(`[data-testid="payout-detail-drawer"][data-payout-id="${retried.id}"][data-status="succeeded"]`).waitFor()
  await screenshot("09b-payout-detail")
  await page.keyboard.press("Escape")
  await page.getByTestId("payout-detail-drawer").waitFor({ state: "hidden" })
})

step("the batch exports as CSV: one line per payout with the API's dealer, amount, status and reference", async () => {
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("payout-batch-export-csv").click()])
  const response = await fetch(`${baseUrl}/admin/distribution/payouts/batches/${seededBatch.id}/export?format=csv`, {
    headers: { authorization: `Bearer ${admin.token}` },
  })
  assert.equal(response.status, 200)
  assert.match(response.headers.get("content-disposition"), new RegExp(`filename="payout-batch-${seededBatch.id}\\.csv"`))
  assert.equal(csv.suggestedFilename(), `payout-batch-${seededBatch.id}.csv`)

  // The summary, a blank line, the column headers, one line per payout. Long
  // digit strings carry a trailing tab for Excel: stripped before parsing.
  const lines = parse(readFileSync(await csv.path(), "utf8").replace(/\t/g, ""), { bom: true, relax_column_count: true })
  const headerAt = lines.findIndex((line) => line[0] === "Dealer code 经销商编号")
  assert.ok(headerAt > 0, "the CSV has its column headers after the summary")
  const column = (label) => lines[headerAt].indexOf(label)
  const [code, amount, status, reference, payoutId] = [
    "Dealer code 经销商编号",
    "Amount 金额",
    "Status 状态",
    "Reference 付款凭证号",
    "Payout ID 付款ID",
  ].map(column)
  const shown = lines
    .slice(headerAt + 1)
    .map((line) => `${line[payoutId]}:${line[code]}:${new Decimal(line[amount]).toFixed(2)}:${line[status]}:${line[reference]}`)
    .sort()
  const expected = (await payoutsOf(seededBatch.id))
    .map((p) => `${p.id}:${p.dealer.code}:${new Decimal(p.amount).toFixed(2)}:${p.status}:${p.reference ?? ""}`)
    .sort()
  assert.deepEqual(shown, expected)
  for (const reference of ["ICBC-20260301-0001", "CCB-20260301-0002", "CMB-20260302-0003"]) {
    assert.ok(shown.some((line) => line.endsWith(`:${reference}`)), `the CSV holds the reference ${reference}`)
  }
  // The admin pays from this file: the full account number, unlike the page.
  assert.ok(lines.some((line) => line.includes("6214835712345678") && line.includes("SX101")))
})

step("the paid dealer's balance shows what was paid out; its account is masked, locked and unlocked", async () => {
  const balance = await balanceOf("SX101")
  const account = await accountOf("SX101")
  assert.ok(new Decimal(balance.reserved).isZero(), "nothing of SX101's is in a payout any more")
  assert.ok(new Decimal(balance.paid_out).eq("320"), "SX101's bonus was paid out")

  await page.goto(`${baseUrl}/app/distribution/dealers/${dealers.SX101}`)
  const card = page.getByTestId("dealer-balance-card")
  await card.locator(`[data-testid="dealer-balance-cny-paid_out"][data-amount="${balance.paid_out}"]`).waitFor()
  assert.equal(await card.getByTestId("dealer-balance-cny-reserved").getAttribute("data-amount"), balance.reserved)
  assert.equal(await card.getByTestId("dealer-balance-cny-available").getAttribute("data-amount"), balance.available)

  const section = page.getByTestId("dealer-payout-accounts-section")
  const row = section.getByTestId("dealer-payout-account-manual")
  await row.waitFor()
  assert.equal(await row.getAttribute("data-status"), account.status)
  assert.equal(await row.getByTestId("payout-account-accountNumber").innerText(), account.account_number_masked)
  assert.equal(await row.getByTestId("payout-account-bankName").innerText(), account.bank_name)
  assert.ok(!(await section.innerText()).includes("6214835712345678"), "the full number is never shown")
  await section.scrollIntoViewIfNeeded()
  await screenshot("10-dealer-balance-account")

  await row.getByTestId("payout-account-lock").click()
  const prompt = page.getByTestId("payout-account-lock-prompt")
  await prompt.waitFor()
  assert.equal(await page.getByTestId("payout-account-lock-prompt-confirm").isDisabled(), true, "a reason is required")
  await page.getByTestId("payout-account-lock-reason-input").fill("户名与合同不符 Holder differs from the contract")
  await page.getByTestId("payout-account-lock-prompt-confirm").click()
  await section.locator('[data-testid="dealer-payout-account-manual"][data-status="locked"]').waitFor()
  await row.getByTestId("payout-account-lock-reason").getByText(/Holder differs from the contract/).waitFor()
  // The change history, newest first, says who locked it and why, every field labelled.
  await section.getByTestId("payout-account-change").first().getByText(/^Lock reason: .* → 户名与合同不符/).waitFor()
  const locked = await accountOf("SX101")
  assert.deepEqual({ status: locked.status, reason: locked.lock_reason }, { status: "locked", reason: "户名与合同不符 Holder differs from the contract" })
  await screenshot("11-account-locked")

  await row.getByTestId("payout-account-unlock").click()
  await page.getByTestId("payout-account-unlock-prompt-confirm").click()
  await section.locator('[data-testid="dealer-payout-account-manual"][data-status="unverified"]').waitFor()
  await row.getByTestId("payout-account-verify").click()
  await section.locator('[data-testid="dealer-payout-account-manual"][data-status="verified"]').waitFor()
  assert.equal((await accountOf("SX101")).status, "verified")
  const { changes } = await admin("GET", `/admin/distribution/dealers/${dealers.SX101}/payout-accounts`)
  assert.equal(await section.getByTestId("payout-account-change").count(), Math.min(changes.length, 5))
})

step("a bank account set for SH001 in its drawer lets a new batch pay it", async () => {
  const owed = (await balanceOf(UNPAID_DEALER)).available
  await page.goto(`${baseUrl}/app/distribution/dealers/${dealers[UNPAID_DEALER]}`)
  const section = page.getByTestId("dealer-payout-accounts-section")
  await section.getByTestId("dealer-payout-accounts-empty").waitFor()
  await section.getByTestId("dealer-payout-account-set").click()
  await page.waitForURL(/\/payout-account$/)
  await page.getByTestId("payout-account-bank-name").fill("交通银行上海黄浦支行")
  await page.getByTestId("payout-account-holder").fill("上海浦江茶业贸易有限公司")
  await page.getByTestId("payout-account-number").fill("3100 6610 1018 0000 12345")
  await page.getByTestId("payout-account-submit").click()
  await page.waitForURL((url) => !url.pathname.endsWith("/payout-account"))
  const account = await accountOf(UNPAID_DEALER)
  assert.equal(account.account_number_masked, "**** 2345")
  const row = section.getByTestId("dealer-payout-account-manual")
  await row.getByTestId("payout-account-accountNumber").filter({ hasText: account.account_number_masked }).waitFor()
  assert.equal(await row.getAttribute("data-status"), "unverified")
  const change = section.getByTestId("payout-account-change").first()
  assert.equal(await change.getAttribute("data-actor"), "user")
  await change.getByText(`Account number: - → ${account.account_number_masked}`).waitFor()

  await page.goto(`${baseUrl}/app/distribution/payouts`)
  await page.getByTestId("payout-batch-create").click()
  await page.getByTestId("payout-batch-currency").filter({ hasText: "CNY" }).waitFor()
  await page.getByTestId("payout-batch-provider").filter({ hasText: "Manual" }).waitFor()
  await page.getByTestId("payout-batch-submit").click()
  await page.waitForURL((url) => /\/payouts\/pobat_/.test(url.pathname))
  const batchId = await page.getByTestId("payout-batch-detail").getAttribute("data-batch-id")
  assert.notEqual(batchId, seededBatch.id)
  const [payout] = await payoutsOf(batchId)
  assert.equal(payout.dealer.code, UNPAID_DEALER)
  assert.ok(new Decimal(payout.amount).eq(owed), "the batch pays what SH001 was owed")
  const shown = page.getByTestId(`payout-row-${UNPAID_DEALER}`)
  assert.equal(await shown.getByTestId("payout-amount").getAttribute("data-amount"), payout.amount)
  await expectBatchAsApi(batchId)
  assert.ok(new Decimal((await balanceOf(UNPAID_DEALER)).reserved).eq(owed), "the money is reserved")
  await screenshot("12-new-batch")
})
