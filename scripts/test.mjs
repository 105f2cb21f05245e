// `npm test [unit|modules|http|browser ...]`: runs the test parts (all by
// default) on a machine with nothing set up, finding or starting PostgreSQL
// for the parts that need one, and stopping whatever it started. Ends with a
// line `N passed, M failed` over all parts; exits non-zero if any part failed.
import { execFileSync, spawn } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { constants } from "node:os"
import path from "node:path"
import { ROOT } from "./lib/medusa.mjs"
import { canConnect, startDebianCluster, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { createTemplateDatabase, TEMPLATE_ENV } from "./lib/test-database.mjs"

const JEST = createRequire(import.meta.url).resolve("jest/bin/jest")
// A dot folder: `medusa develop` ignores dot paths, so reports written here do
// not restart a running `npm run dev`.
const RESULTS = path.join(ROOT, ".test-results")
const BROWSER_SPECS = path.join(ROOT, "integration-tests", "browser")
const CHROMIUM = "/usr/bin/chromium"

const PARTS = {
  unit: { database: false, run: () => jest("unit", "unit") },
  modules: { database: true, run: () => jest("modules", "integration:modules", ["--runInBand"]) },
  http: { database: true, run: http },
  browser: { database: true, run: browser },
}

const selected = process.argv.slice(2)
const unknown = selected.filter((name) => !PARTS[name])
if (unknown.length) {
  console.error(`Unknown test part(s): ${unknown.join(", ")}. Parts: ${Object.keys(PARTS).join(", ")}`)
  process.exit(2)
}
const parts = selected.length ? selected : Object.keys(PARTS)

let current = null
let interrupted = false
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    interrupted = true
    current?.kill(signal)
  })
}

/** Runs a command with inherited output; resolves to its exit code. */
function run(command, args, env = {}) {
  current = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } })
  return new Promise((resolve) => {
    current.once("exit", (code, signal) => {
      current = null
      resolve(code ?? 128 + constants.signals[signal])
    })
  })
}

/**
 * One jest run. A run that fails without a failing test (no tests found, a
 * file that cannot load, a crash) counts as one failure, so the summary never
 * reads "0 failed" for a red run.
 */
async function jest(name, testType, args = [], env = {}) {
  const outputFile = path.join(RESULTS, `jest-${name}.json`)
  rmSync(outputFile, { force: true })
  const code = await run(process.execPath, [JEST, ...args, "--json", `--outputFile=${outputFile}`], {
    ...env,
    TEST_TYPE: testType,
    // Medusa's module loader uses import(), which jest's VM only allows with this flag.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim(),
  })
  if (!existsSync(outputFile)) {
    return { code: code || 1, passed: 0, failed: 1 }
  }
  const report = JSON.parse(readFileSync(outputFile, "utf8"))
  const failed = report.numFailedTests + report.numRuntimeErrorTestSuites
  return { code, passed: report.numPassedTests, failed: code && !failed ? 1 : failed }
}

/**
 * The http specs. Every spec file boots a whole Medusa app on a database of
 * its own; the databases are clones of one template migrated here first, so
 * no file runs the migrations and link sync itself. Should the template fail,
 * the specs migrate their own databases as they do when run alone.
 */
async function http() {
  let template = null
  const started = Date.now()
  try {
    template = await createTemplateDatabase(postgresConfig(), {
      logFile: path.join(RESULTS, "http-template-db.log"),
      onSpawn: (child) => (current = child),
    })
    console.log(`Migrated the template database ${template.name} in ${Math.round((Date.now() - started) / 1000)}s`)
  } catch (error) {
    console.warn(`No template database (${error.message}); each spec file migrates its own`)
  } finally {
    current = null
  }
  try {
    if (interrupted) {
      return { code: 1, passed: 0, failed: 1 }
    }
    // One spec file at a time, in a worker that is replaced once it holds more
    // than 1.5 GB: every file boots a whole Medusa app, and one process running
    // all of them in band ran out of heap (4 GB) by the eighteenth.
    return await jest(
      "http",
      "integration:http",
      ["--maxWorkers=1", "--workerIdleMemoryLimit=1.5GB", "--forceExit"],
      template ? { [TEMPLATE_ENV]: template.name } : {}
    )
  } finally {
    await template?.drop().catch((error) => console.warn(`Could not drop ${template.name}: ${error.message}`))
  }
}

/**
 * Debian packages the browser test needs, by a file each installs: Chromium
 * (no test tool downloads a browser) and a CJK font, without which the
 * screenshots show the Chinese dealer names as empty boxes.
 */
const BROWSER_PACKAGES = {
  [CHROMIUM]: "chromium",
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc": "fonts-wqy-microhei",
}

function ensureBrowserPackages() {
  const missing = Object.entries(BROWSER_PACKAGES)
    .filter(([file]) => !existsSync(file))
    .map(([, pkg]) => pkg)
  if (!missing.length) {
    return
  }
  console.log(`Installing ${missing.join(", ")} with apt-get`)
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  execFileSync("apt-get", ["update"], { stdio: "inherit", env })
  execFileSync("apt-get", ["install", "-y", ...missing], { stdio: "inherit", env })
}

/**
 * Every browser spec, in one node:test run whose TAP report gives the counts
 * over all of them. One file at a time: each builds the admin into
 * .medusa/admin and serves it through public/admin.
 */
async function browser() {
  ensureBrowserPackages()
  const specs = readdirSync(BROWSER_SPECS)
    .filter((name) => name.endsWith(".spec.mjs"))
    .sort()
    .map((name) => path.join(BROWSER_SPECS, name))
  if (!specs.length) {
    throw new Error(`No *.spec.mjs in ${BROWSER_SPECS}`)
  }
  const tapFile = path.join(RESULTS, "browser.tap")
  rmSync(tapFile, { force: true })
  const code = await run(process.execPath, [
    "--test",
    "--test-concurrency=1",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tapFile}`,
    ...specs,
  ])
  const tap = existsSync(tapFile) ? readFileSync(tapFile, "utf8") : ""
  const count = (label) => Number(tap.match(new RegExp(`^# ${label} (\\d+)$`, "m"))?.[1] ?? 0)
  const failed = count("fail") + count("cancelled")
  return { code, passed: count("pass"), failed: code && !failed ? 1 : failed }
}

/** The node-postgres config for DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD. */
function postgresConfig() {
  return {
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
  }
}

/**
 * Medusa's test runners connect with DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD
 * and create a database per test file. Returns a function stopping whatever
 * was started to provide them.
 */
async function providePostgres() {
  // localhost, not 127.0.0.1: Medusa's test runner turns SSL on for any other host.
  process.env.DB_HOST ??= "localhost"
  process.env.DB_PORT ??= "5432"
  process.env.DB_USERNAME ??= "postgres"
  process.env.DB_PASSWORD ??= ""
  const config = postgresConfig
  if (await canConnect(config())) {
    return async () => {}
  }

  const stopCluster = startDebianCluster()
  if (stopCluster) {
    for (let i = 0; i < 30 && !(await canConnect(config())); i++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    if (await canConnect(config())) {
      console.log("Started Debian's PostgreSQL cluster for the tests")
      return async () => stopCluster()
    }
    stopCluster()
  }

  const port = Number(process.env.TEST_POSTGRES_PORT ?? 54330)
  console.log(`Starting embedded PostgreSQL on port ${port} for the tests`)
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(ROOT, ".dev-data", "test-postgres"),
    port,
    logFile: path.join(ROOT, ".dev-data", "test-postgres.log"),
  })
  Object.assign(process.env, {
    DB_HOST: postgres.host,
    DB_PORT: String(port),
    DB_USERNAME: postgres.user,
    DB_PASSWORD: postgres.password,
  })
  return postgres.stop
}

mkdirSync(RESULTS, { recursive: true })
const results = []
let stopPostgres = async () => {}
let noPostgres = false
if (parts.some((name) => PARTS[name].database)) {
  try {
    stopPostgres = await providePostgres()
  } catch (error) {
    console.error(`No PostgreSQL for the tests: ${error.message}`)
    noPostgres = true
  }
}
try {
  for (const name of parts) {
    if (interrupted) {
      break
    }
    console.log(`\n=== ${name} tests ===\n`)
    const started = Date.now()
    let result
    try {
      if (noPostgres && PARTS[name].database) {
        throw new Error(`${name} tests need PostgreSQL`)
      }
      result = await PARTS[name].run()
    } catch (error) {
      console.error(error)
      result = { code: 1, passed: 0, failed: 1 }
    }
    results.push({ name, ...result, seconds: Math.round((Date.now() - started) / 1000) })
  }
} finally {
  await stopPostgres()
}

console.log("")
for (const r of results) {
  console.log(`${r.name.padEnd(8)} ${r.code ? "FAILED" : "ok    "} ${r.passed} passed, ${r.failed} failed (${r.seconds}s)`)
}
const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
const ok = !interrupted && results.length === parts.length && results.every((r) => r.code === 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(ok ? 0 : 1)
