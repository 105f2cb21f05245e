// The merchant's path through the admin, in Debian's headless Chromium: sign
// in, see the seeded dealer network, approve a pending application, see the
// new dealer. Starts its own store (fresh database, migrated and seeded like
// `npm run dev`) on a free port and stops it afterwards.
//
//   node --test-reporter=spec integration-tests/browser/admin-distribution.spec.mjs
//
// Needs PostgreSQL at DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (as the other
// integration tests); `npm run test:browser` provides one.
import assert from "node:assert/strict"
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmdirSync, rmSync, symlinkSync } from "node:fs"
import { createServer } from "node:net"
import { constants, tmpdir } from "node:os"
import path from "node:path"
import { after, before, test } from "node:test"
import pg from "pg"
import { chromium } from "playwright-core"
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  PREPARE_STEPS,
  ROOT,
  spawnMedusa,
  stopMedusa,
  waitForHealth,
} from "../../scripts/lib/medusa.mjs"
import { databaseUrl, dropDatabase, ensureDatabase } from "../../scripts/lib/postgres.mjs"

const RESULTS = path.join(ROOT, "test-results", "browser")
const SERVER_LOG = path.join(RESULTS, "server.log")
const ADMIN_LINK = path.join(ROOT, "public", "admin")
const APPLICANT_EMAIL = "applicant-wang@distribution.test"
const SEEDED_DEALER_CODES = ["HZ001", "SH001", "NB101", "SX101", "SZ101", "NB201", "SX201", "SZ201"]

const db = {
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
}
const dbUrl = databaseUrl(db, `distribution_browser_${process.pid}_${Date.now()}`)

let server = null
/** Build, migrate and seed processes still running. */
const steps = new Set()
let context = null
let userDataDir = null
let page = null
let baseUrl = null

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once("error", reject)
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

async function sql(text, params) {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end()
  }
}

/** Runs `medusa <args>`, remembered so that an interrupting signal can stop it. */
async function medusaStep(args, options) {
  const child = spawnMedusa(args, options)
  steps.add(child)
  const code = await child.exited
  steps.delete(child)
  if (code !== 0) {
    throw new Error(`medusa ${args.join(" ")} exited with ${code}`)
  }
}

async function screenshot(name) {
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true })
}

/** Everything this file started, stopped in reverse; safe to call twice. */
async function cleanUp() {
  await context?.close().catch(() => {})
  context = null
  if (userDataDir) {
    rmSync(userDataDir, { recursive: true, force: true })
    userDataDir = null
  }
  await Promise.all([...steps].map((child) => stopMedusa(child)))
  if (server) {
    await stopMedusa(server)
    server = null
  }
  rmSync(ADMIN_LINK, { force: true })
  try {
    rmdirSync(path.dirname(ADMIN_LINK))
  } catch {
    // public/ holds more than the link: keep it.
  }
  await dropDatabase(dbUrl).catch((error) => console.error(`Could not drop ${dbUrl}: ${error.message}`))
}

// A signal skips `after`; clean up here instead, then die of the signal.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await cleanUp()
    process.exit(128 + constants.signals[signal])
  })
}

before(
  async () => {
    rmSync(RESULTS, { recursive: true, force: true })
    mkdirSync(RESULTS, { recursive: true })
    const log = openSync(SERVER_LOG, "a")
    const stdio = ["ignore", log, log]
    const port = await freePort()
    baseUrl = `http://localhost:${port}`
    const env = {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      // Any NODE_ENV but "development" serves the prebuilt admin: no
      // on-demand compiling while the test clicks (the vite dev server made
      // the whole test ~35 s slower). "test", unlike "production", keeps the
      // session cookie usable over plain http.
      NODE_ENV: "test",
      // "/" makes the admin call the server it was loaded from, whatever the port.
      MEDUSA_BACKEND_URL: "/",
      ADMIN_CORS: baseUrl,
      AUTH_CORS: baseUrl,
      STORE_CORS: baseUrl,
    }
    // In-memory event bus, workflow engine and locks: the store under test
    // shares nothing with other Medusa processes on this machine.
    delete env.REDIS_URL

    try {
      await ensureDatabase(dbUrl)
      const prepared = await Promise.allSettled([
        // `--admin-only` writes .medusa/admin; the server serves <root>/public/admin.
        medusaStep(["build", "--admin-only"], { env, stdio }).then(() => {
          rmSync(ADMIN_LINK, { recursive: true, force: true })
          mkdirSync(path.dirname(ADMIN_LINK), { recursive: true })
          symlinkSync(path.join("..", ".medusa", "admin"), ADMIN_LINK)
        }),
        (async () => {
          for (const step of PREPARE_STEPS) {
            await medusaStep(step, { env, stdio })
          }
        })(),
      ])
      const failure = prepared.find((p) => p.status === "rejected")
      if (failure) {
        throw failure.reason
      }
      server = spawnMedusa(["start"], { env, stdio })
      await waitForHealth(baseUrl, server)
    } catch (error) {
      const tail = readFileSync(SERVER_LOG, "utf8").split("\n").slice(-40).join("\n")
      throw new Error(`${error.message}\n--- last lines of ${SERVER_LOG} ---\n${tail}`)
    }

    userDataDir = mkdtempSync(path.join(tmpdir(), "distribution-chromium-"))
    // A persistent context is how Playwright takes a --user-data-dir: a fresh one per run.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
      locale: "en-US",
      viewport: { width: 1440, height: 900 },
      // cleanUp() closes the browser; Playwright's own signal handlers would
      // exit the process before the server is stopped.
      handleSIGINT: false,
      handleSIGTERM: false,
    })
    context.setDefaultTimeout(30_000)
    page = context.pages()[0] ?? (await context.newPage())
  },
  { timeout: 15 * 60_000 }
)

after(cleanUp)

/** A test that leaves a screenshot of the page when it fails. */
function step(name, fn) {
  test(name, async () => {
    try {
      await fn()
    } catch (error) {
      await screenshot(`failed-${name.replace(/\W+/g, "-")}`).catch(() => {})
      throw error
    }
  })
}

step("the seeded admin signs in", async () => {
  await page.goto(`${baseUrl}/app`)
  await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/app\/orders/)
  await screenshot("01-signed-in")
})

step("the dealers table lists the seeded network", async () => {
  await page.getByRole("link", { name: "Distribution", exact: true }).click()
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
