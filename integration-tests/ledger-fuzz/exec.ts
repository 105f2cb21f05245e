/**
 * The randomized ledger histories inside Medusa: `medusa exec
 * ./integration-tests/ledger-fuzz/exec.ts '<json>'`, started by
 * scripts/fuzz-ledger.mjs (`npm run fuzz:ledger`), which makes the database
 * and the WeChat Pay credentials. Args: { seeds, from, check_every,
 * progress_every, verbose (print every history), out (summary JSON),
 * wechatpay?: the stand-in's keys and port }.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { writeFileSync } from "node:fs"
import { startWechatPayStandIn, WechatPayStandIn } from "../helpers/wechatpay-stand-in"
import { formatFailure, runSeeds } from "./run-seeds"

export default async function fuzzLedger({ container, args }: ExecArgs) {
  const a = { seeds: 100, from: 1, check_every: 1, progress_every: 10, out: "", verbose: false, wechatpay: null as any, ...JSON.parse(args[0] ?? "{}") }
  let standIn: WechatPayStandIn | undefined
  if (a.wechatpay) {
    standIn = await startWechatPayStandIn(a.wechatpay)
  }
  try {
    const summary = await runSeeds(container, {
      seeds: a.seeds,
      from: a.from,
      standIn,
      checkEvery: a.check_every,
      progressEvery: a.progress_every,
      progress: (line) => console.log(`[fuzz:ledger] ${line}`),
      onHistory: a.verbose ? (r) => console.log([`seed ${r.seed}:`, ...r.log.map((l) => `  ${l}`)].join("\n")) : undefined,
    })
    if (summary.failure) {
      console.error(formatFailure(summary.failure))
    }
    if (a.out) {
      writeFileSync(a.out, JSON.stringify(summary, null, 2))
    }
  } finally {
    await standIn?.close()
  }
}
