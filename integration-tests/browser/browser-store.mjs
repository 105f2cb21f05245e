// What every browser spec shares: its own store (fresh database, migrated and
// seeded like `npm run dev`, the admin built and served prebuilt) on a free
// port, and Debian's headless Chromium with a fresh profile; both stopped, the
// database dropped and public/admin removed afterwards, on a signal too.
//
// Needs PostgreSQL at DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (as the other
// integration tests). Specs run one after the other, never beside each other:
// each builds the admin into .medusa/admin and serves it through public/admin.
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmdirSync, rmSync, symlinkSync } from "node:fs"
import { createServer } from "node:net"
import { constants, tmpdir } from "node:os"
import path from "node:path"
import { after, before, test } from "node:test"
import pg from "pg"
import { chromium } from "playwright-core"
import { ADMIN_EMAIL, ADMIN_PASSWORD, PREPARE_STEPS, ROOT, spawnMedusa, stopMedusa, waitForHealth } from "../../scripts/lib/medusa.mjs"
import { databaseUrl, dropDatabase, ensureDatabase } from "../../scripts/lib/postgres.mjs"

const ADMIN_LINK = path.join(ROOT, "public", "admin")

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

/**
 * Registers, in the calling spec, the `before` that starts the store and the
 * browser and the `after` (and signal handlers) that stop them. Call it once,
 * at the top of a spec.
 *
 * - results: the folder under .test-results/ for the server log and screenshots
 *   (emptied first).
 * - database: the prefix of the database's name (pid and time are appended).
 * - viewport: the browser's.
 * - started(store): called at the end of that `before`, once the store and the
 *   browser run, to take `page` and `baseUrl` and prepare what the spec needs.
 *   (A spec's own top-level `before` would not do: Node 20 starts the root
 *   hooks without waiting for the one before.)
 *
 * Returns sql(), screenshot(), step() and cleanUp(), usable at once, and
 * `page` and `baseUrl`, set once the store has started.
 */
export function browserStore({ results, database, viewport, started = () => {} }) {
  const resultsDir = path.join(ROOT, ".test-results", results)
  const serverLog = path.join(resultsDir, "server.log")
  const db = {
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
  }
  const dbUrl = databaseUrl(db, `${database}_${process.pid}_${Date.now()}`)

  let server = null
  /** Build, migrate and seed processes still running. */
  const steps = new Set()
  let context = null
  let userDataDir = null
  const store = { page: null, baseUrl: null, sql, screenshot, step, cleanUp }

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
    await store.page.screenshot({ path: path.join(resultsDir, `${name}.png`), fullPage: true })
  }

  /** Everything this spec started, stopped in reverse; safe to call twice. */
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

  // A signal skips `after`; clean up here instead, then die of the signal.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, async () => {
      await cleanUp()
      process.exit(128 + constants.signals[signal])
    })
  }

  before(
    async () => {
      rmSync(resultsDir, { recursive: true, force: true })
      mkdirSync(resultsDir, { recursive: true })
      const log = openSync(serverLog, "a")
      const stdio = ["ignore", log, log]
      const port = await freePort()
      const baseUrl = `http://localhost:${port}`
      store.baseUrl = baseUrl
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
            for (const prepare of PREPARE_STEPS) {
              await medusaStep(prepare, { env, stdio })
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
        const tail = readFileSync(serverLog, "utf8").split("\n").slice(-40).join("\n")
        throw new Error(`${error.message}\n--- last lines of ${serverLog} ---\n${tail}`)
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
        viewport,
        acceptDownloads: true,
        // cleanUp() closes the browser; Playwright's own signal handlers would
        // exit the process before the server is stopped.
        handleSIGINT: false,
        handleSIGTERM: false,
      })
      context.setDefaultTimeout(30_000)
      store.page = context.pages()[0] ?? (await context.newPage())
      await started(store)
    },
    { timeout: 15 * 60_000 }
  )

  after(cleanUp)

  return store
}

/**
 * The seeded admin signed in to the admin API with a bearer token: returns
 * `admin(method, route, body)`, which answers the parsed JSON and throws the
 * server's message on an error status (its `token` serves raw requests such
 * as downloads). Specs compare what the page shows with what this API answers.
 */
export async function signInAdminApi(baseUrl) {
  const response = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  if (response.status !== 200) {
    throw new Error(`the seeded admin can't sign in to the API: ${response.status}`)
  }
  const { token } = await response.json()
  async function admin(method, route, body) {
    const answer = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await answer.json().catch(() => ({}))
    if (!answer.ok) {
      throw new Error(`${method} ${route}: ${answer.status} ${data.message ?? ""}`)
    }
    return data
  }
  admin.token = token
  return admin
}
