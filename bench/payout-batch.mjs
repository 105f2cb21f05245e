// Benchmark 5 (#9): a payout batch of 1,000 dealers sent by the `wechatpay`
// provider to the local WeChat Pay stand-in — elapsed time from approval until
// every payout is awaiting_confirmation, against the ideal 1,000 ÷ the
// configured rate limit; and a check that the stand-in never saw more than
// `rate` creates in any 1-second window.
//
//   node bench/payout-batch.mjs [--dealers 1000] [--rate 100] [--profile] [--keep-db]
//
// The provider's options (the stand-in's platform key, id and URL) must be in
// DISTRIBUTION_OPTIONS before Medusa loads its modules, so the keys and the
// port are fixed here and the stand-in is started with them inside the
// `medusa exec` process (bench/payout-batch/run.ts).
import crypto from "node:crypto"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { freshDatabase, medusa } from "./lib/database.mjs"
import { machineInfo, printReport, seededRandom } from "./lib/report.mjs"

const { values: opts } = parseArgs({
  options: {
    dealers: { type: "string", default: "1000" },
    rate: { type: "string", default: "100" },
    "keep-db": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
  },
})
const N = Number(opts.dealers)
const RATE = Number(opts.rate)
const MCHID = "1900000109"
const APPID = "wx8888888888888888"

const rsaPair = () =>
  crypto.generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  })

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

// Throwaway credentials: nothing here is, or can reach, a real merchant.
const merchant = { ...rsaPair(), serial: crypto.randomBytes(20).toString("hex").toUpperCase() }
const platform = { ...rsaPair(), publicKeyId: `PUB_KEY_ID_${crypto.randomBytes(14).toString("hex").toUpperCase()}` }
const apiv3Key = crypto.randomBytes(16).toString("hex")
const port = await freePort()
const standIn = { merchantPublicKey: merchant.publicKey, merchantSerial: merchant.serial, mchid: MCHID, appid: APPID, apiv3Key, platformKeys: platform, port }
const DISTRIBUTION_OPTIONS = JSON.stringify({
  min_payout_amount: "10",
  payout_providers: [
    { id: "manual" },
    {
      id: "wechatpay",
      options: {
        mchid: MCHID,
        appid: APPID,
        private_key: merchant.privateKey,
        certificate_serial: merchant.serial,
        apiv3_key: apiv3Key,
        public_key: platform.publicKey,
        public_key_id: platform.publicKeyId,
        notify_url: "https://example.invalid/hooks/distribution/wechatpay",
        base_url: `http://127.0.0.1:${port}`,
        rate_limit_per_second: RATE,
      },
    },
  ],
})

// Balances from 10 to 3,000 CNY (from 2,000 WeChat needs the encrypted real name).
const random = seededRandom(5)
const NAMES = ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十"]
const dealers = Array.from({ length: N }, (_, i) => {
  const code = `PB${String(i).padStart(5, "0")}`
  return {
    code,
    amount: (10 + Math.floor(random() * 299_000) / 100).toFixed(2),
    openid: `o-openid-${code}-${Math.floor(random() * 1e12).toString(36).padStart(8, "0")}`,
    real_name: NAMES[Math.floor(random() * NAMES.length)],
  }
})

const db = await freshDatabase("payouts", { env: { DISTRIBUTION_OPTIONS } })
const dir = mkdtempSync(join(tmpdir(), "bench-payouts-"))
try {
  writeFileSync(join(dir, "plan.json"), JSON.stringify({ dealers, rate: RATE }))
  await medusa(["exec", "./bench/payout-batch/run.ts"], {
    DATABASE_URL: db.url,
    DISTRIBUTION_OPTIONS,
    BENCH_STANDIN: JSON.stringify(standIn),
    BENCH_PLAN: join(dir, "plan.json"),
    BENCH_OUT: join(dir, "out.json"),
    LOG_LEVEL: "error",
    ...(opts.profile ? { BENCH_PROFILE: "1" } : {}),
  })
  const out = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"))
  const [base] = out.rounds
  const idealMs = (base.payouts / RATE) * 1000
  const row = (r, label) => ({
    sender: label,
    payouts: r.payouts,
    "rate limit /s": RATE,
    "ideal s": idealMs / 1000,
    "elapsed s": r.elapsed_ms / 1000,
    "elapsed / ideal": r.elapsed_ms / idealMs,
    "creates/s": r.creates / (r.elapsed_ms / 1000),
    "max creates in any 1 s": r.max_creates_in_1s,
    "ms per payout": r.elapsed_ms / r.payouts,
    "createTransfer ms": r.create_transfer_ms_mean,
    "commits / payout": r.db_commits / r.payouts,
  })
  const rows = [row(base, "plugin (processPayouts)")]
  const notes = [
    `setup (not timed): ${N} dealers, WeChat accounts (savePayoutAccountWorkflow) and balances (createLedgerAdjustmentWorkflow) in ${(out.setup_ms / 1000).toFixed(1)} s; createPayoutBatchWorkflow for ${base.payouts} payouts in ${(base.create_batch_ms / 1000).toFixed(2)} s`,
    `timed: from approvePayoutBatchWorkflow (${base.approve_ms.toFixed(0)} ms) until all ${base.payouts} payouts are awaiting_confirmation (final statuses ${JSON.stringify(base.final_statuses)})`,
    `stand-in: ${base.creates} creates, ${base.transfers} transfers, ${base.repeated_creates} created twice, ${base.with_real_name} with an encrypted real name (≥ 2,000 CNY)`,
    `processPayouts keeps up to 8 sends in flight behind the rate limiter: wall time per payout ${(base.elapsed_ms / base.payouts).toFixed(1)} ms; provider.createTransfer (sign, HTTP round trip to the stand-in, verify) takes ${base.create_transfer_ms_mean.toFixed(1)} ms per call; the send workflow makes ${(base.db_commits / base.payouts).toFixed(1)} commits per payout (pg_stat_database, monitoring queries included)`,
  ]
  if (base.processor_busy_rounds) notes.push(`processPayouts found the processor busy ${base.processor_busy_rounds} time(s): the approval's own run (subscriber) held the lock and did the sending`)
  if (opts.profile) {
    for (const r of out.rounds) {
      const top = Object.entries(r.profile).sort((a, b) => b[1].ms - a[1].ms).slice(0, 10)
      notes.push(`profile (inclusive ms per payout by module method, calls per payout): ${top.map(([k, v]) => `${k} ${(v.ms / r.payouts).toFixed(1)} (${(v.calls / r.payouts).toFixed(1)}×)`).join(", ")}`)
    }
  }
  const ratios = [
    { name: `plugin: elapsed / ideal (${base.payouts} ÷ ${RATE}/s = ${(idealMs / 1000).toFixed(1)} s)`, value: base.elapsed_ms / idealMs, target: "≈ 1 (≤ 1.2)", met: base.elapsed_ms / idealMs <= 1.2 },
    { name: `plugin: max creates in any 1-s window / rate limit`, value: base.max_creates_in_1s / RATE, target: "≤ 1", met: base.max_creates_in_1s <= RATE },
  ]
  printReport({
    title: "Payout batch via the WeChat Pay stand-in (benchmark 5)",
    command: `npm run bench:payouts -- ${process.argv.slice(2).join(" ")}`.trim(),
    machine: machineInfo(db.url),
    rows,
    ratios,
    notes,
  })
} finally {
  rmSync(dir, { recursive: true, force: true })
  if (!opts["keep-db"]) await db.drop()
}
