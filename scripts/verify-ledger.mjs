#!/usr/bin/env node
// Checks the ledger invariants of issue #8 against a database the plugin migrated:
//
//   npm run verify:ledger                                   # DATABASE_URL (environment or .env), else the dev store
//   npm run verify:ledger -- --database-url postgres://…/db
//   npm run verify:ledger -- --json                         # the report as JSON on stdout
//   npm run verify:ledger -- --only 3,4                     # some invariants
//
// Prints one line per invariant (ok / FAIL, rows checked, violations with ids,
// at most 20 each) and a summary. Exit code: 0 all hold, 1 a violation, 2 a
// usage or connection error.
//
// It does not boot Medusa: the checker (src/lib/ledger-invariants) is plain SQL
// plus the pure commission function, loaded through ts-node as the Medusa CLI
// loads TypeScript, on its own read-only Knex connection. So it runs in a
// second or two on any database — the dev store's, a test's, a production
// copy — whatever Redis or modules the store is configured with.
// (`npx medusa exec ./src/scripts/verify-ledger.ts` runs the same checker
// inside a booted store.)
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = fileURLToPath(new URL("..", import.meta.url))
const require = createRequire(import.meta.url)

/** The dev store's database (scripts/dev.mjs) when nothing else is given. */
const DEV_STORE_URL = "postgres://postgres:postgres@localhost:54329/medusa_distribution"

function usage(message) {
  if (message) {
    console.error(`verify:ledger: ${message}`)
  }
  console.error("usage: npm run verify:ledger [-- --database-url URL] [--json] [--only 1,2,…]")
  process.exit(2)
}

function parseArgs(argv) {
  const options = { url: null, json: false, only: null }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s)
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`)
    switch (flag) {
      case "--database-url":
        options.url = value()
        break
      case "--json":
        options.json = true
        break
      case "--only":
        options.only = value().split(",").map((s) => Number(s.trim()))
        if (options.only.some((n) => !Number.isInteger(n) || n < 1 || n > 6)) {
          usage("--only takes invariant numbers 1 to 6")
        }
        break
      case "--help":
      case "-h":
        usage()
        break
      default:
        usage(`unknown argument ${argv[i]}`)
    }
  }
  return options
}

function databaseUrlOf(options) {
  if (options.url) {
    return { url: options.url, from: "--database-url" }
  }
  if (!process.env.DATABASE_URL && existsSync(path.join(ROOT, ".env"))) {
    try {
      process.loadEnvFile(path.join(ROOT, ".env"))
    } catch {
      // unreadable .env: as if absent
    }
  }
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, from: "DATABASE_URL" }
  }
  return { url: DEV_STORE_URL, from: "the dev store (npm run dev)" }
}

const redact = (url) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")

const options = parseArgs(process.argv.slice(2))
const { url, from } = databaseUrlOf(options)
try {
  new URL(url)
} catch {
  usage(`not a database URL: ${redact(url)}`)
}

// TypeScript the way the Medusa CLI loads it (ts-node; SWC per tsconfig), types not checked.
require("ts-node").register({ transpileOnly: true, project: path.join(ROOT, "tsconfig.json") })
const { verifyLedgerInvariants, formatReport } = require(path.join(ROOT, "src/lib/ledger-invariants/index.ts"))
const knex = require("knex")({ client: "pg", connection: url, pool: { min: 0, max: 1 } })

let code = 2
try {
  try {
    await knex.raw("SELECT 1")
  } catch (e) {
    console.error(`verify:ledger: can not connect to ${redact(url)} (from ${from}): ${e.message}`)
    process.exitCode = 2
    throw null
  }
  const started = Date.now()
  let report
  try {
    report = await verifyLedgerInvariants(knex, options.only ? { only: options.only } : {})
  } catch (e) {
    // A database the plugin never migrated: no ledger tables.
    console.error(`verify:ledger: the check could not run on ${redact(url)}: ${e.message}`)
    throw null
  }
  const ms = Date.now() - started
  if (options.json) {
    console.log(JSON.stringify({ database: redact(url), ms, ...report }, null, 2))
  } else {
    console.log(`Ledger invariants on ${redact(url)} (from ${from}):`)
    console.log(formatReport(report, ms))
  }
  code = report.ok ? 0 : 1
} catch (e) {
  if (e !== null) {
    console.error(`verify:ledger: ${e?.stack ?? e}`)
  }
} finally {
  await knex.destroy().catch(() => {})
}
process.exit(code)
