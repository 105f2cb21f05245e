#!/usr/bin/env node
// Randomized ledger histories (issue #8): a fresh database, migrated; then
// `medusa exec ./integration-tests/ledger-fuzz/exec.ts` runs seeds one after
// another through the plugin's real workflows and subscribers, checks the
// ledger invariants after each, and stops at the first violation with its seed.
//
//   npm run fuzz:ledger [-- --seeds 100 --from 1 --check-every 1 --no-wechatpay --keep --verbose]
//   npm run fuzz:ledger -- --database-url URL …   (a database migrated before: not created, migrated or dropped)
//
// Prints progress, then: seeds run, violations 0/N (or the failing seed, the
// broken invariant, its history and the command that replays it), and the time.
// Exit code 0 when every history held, 1 on a violation or crash, 2 on a usage error.
import crypto from "node:crypto"
import { readFileSync, rmSync } from "node:fs"
import net from "node:net"
import { spawnMedusa } from "./lib/medusa.mjs"
import { databaseUrl, dropDatabase, ensureDatabase } from "./lib/postgres.mjs"

const argv = process.argv.slice(2)
const value = (name) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? argv[i + 1] : undefined
}
const int = (name, fallback) => {
  const raw = value(name)
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got ${raw}`)
    process.exit(2)
  }
  return n
}
const seeds = int("seeds", 100)
const from = int("from", 1)
const checkEvery = int("check-every", 1)
const keep = argv.includes("--keep")
const verbose = argv.includes("--verbose")
const wechatpay = !argv.includes("--no-wechatpay")
const givenUrl = value("database-url")

const DB = {
  host: process.env.DB_HOST ?? "127.0.0.1",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
}

function medusa(args, env) {
  const child = spawnMedusa(args, { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] })
  return child.exited
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const rsaPair = () =>
  crypto.generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  })

/** Throwaway WeChat Pay credentials, shared by the plugin's options and the stand-in the histories start. */
async function wechatPaySetup() {
  const merchant = rsaPair()
  const platform = rsaPair()
  const serial = crypto.randomBytes(20).toString("hex").toUpperCase()
  const publicKeyId = `PUB_KEY_ID_${crypto.randomBytes(14).toString("hex").toUpperCase()}`
  const apiv3Key = crypto.randomBytes(16).toString("hex")
  const port = await freePort()
  const mchid = "1900000109"
  const appid = "wx0000000000fuzz"
  return {
    provider: {
      id: "wechatpay",
      options: {
        mchid,
        appid,
        private_key: merchant.privateKey,
        certificate_serial: serial,
        apiv3_key: apiv3Key,
        public_key: platform.publicKey,
        public_key_id: publicKeyId,
        notify_url: "https://example.invalid/hooks/distribution/wechatpay",
        base_url: `http://127.0.0.1:${port}`,
        // A lost answer costs this long; short keeps histories quick.
        timeout_ms: 1500,
        rate_limit_per_second: 100,
      },
    },
    standIn: {
      merchantPublicKey: merchant.publicKey,
      merchantSerial: serial,
      mchid,
      appid,
      apiv3Key,
      platformKeys: { ...platform, publicKeyId },
      port,
    },
  }
}

const started = Date.now()
const url = givenUrl ?? databaseUrl(DB, `fuzz_ledger_${process.pid}`)
const out = `/tmp/fuzz-ledger-${process.pid}.json`
let summary = null
let code = 1
try {
  const env = { DATABASE_URL: url, REDIS_URL: "", LOG_LEVEL: process.env.LOG_LEVEL ?? "error", NODE_ENV: "development" }
  if (!givenUrl) await ensureDatabase(url)
  if (!givenUrl && (await medusa(["db:migrate"], env)) !== 0) {
    throw new Error("medusa db:migrate failed")
  }
  const wechat = wechatpay ? await wechatPaySetup() : null
  // A low minimum, so the small balances of short histories get paid too.
  const options = { min_payout_amount: "1", payout_providers: [{ id: "manual" }, ...(wechat ? [wechat.provider] : [])] }
  console.log(`[fuzz:ledger] seeds ${from}…${from + seeds - 1} in ${url.replace(/:[^:@/]*@/, ":***@")}${wechat ? " (manual + WeChat Pay stand-in)" : " (manual payouts)"}`)
  const args = { seeds, from, check_every: checkEvery, verbose, progress_every: seeds >= 1000 ? 100 : seeds >= 100 ? 10 : 5, out, wechatpay: wechat?.standIn ?? null }
  const exit = await medusa(["exec", "./integration-tests/ledger-fuzz/exec.ts", JSON.stringify(args)], {
    ...env,
    DISTRIBUTION_OPTIONS: JSON.stringify(options),
  })
  summary = JSON.parse(readFileSync(out, "utf8"))
  if (exit !== 0) {
    throw new Error(`medusa exec exited with ${exit}`)
  }
  code = summary.failure ? 1 : 0
} catch (error) {
  console.error(`[fuzz:ledger] ${error.message}`)
} finally {
  rmSync(out, { force: true })
  if (givenUrl) {
    // Someone else's database: left as it was given.
  } else if (keep) console.log(`[fuzz:ledger] database kept: ${url}`)
  else await dropDatabase(url).catch((e) => console.error(`[fuzz:ledger] could not drop ${url}: ${e.message}`))
}

const seconds = ((Date.now() - started) / 1000).toFixed(0)
if (summary) {
  const failed = summary.failure ? 1 : 0
  console.log(
    [
      "",
      `seeds run: ${summary.run} (${summary.from}…${summary.from + summary.run - 1})${summary.failure ? `, stopped at seed ${summary.failure.seed}` : ""}`,
      `violations: ${failed}/${summary.run + failed}${summary.failure ? ` — seed ${summary.failure.seed} (${summary.failure.kind}); replay: npm run fuzz:ledger -- --seeds 1 --from ${summary.failure.seed}` : ""}`,
      `invariant checks: ${summary.checks}`,
      `steps: ${Object.entries(summary.steps).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`,
      `time: ${seconds} s (histories ${(summary.ms / 1000).toFixed(0)} s)`,
    ].join("\n")
  )
}
process.exit(code)
