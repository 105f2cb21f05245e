// A manual payout batch through the admin API, as the README's Payouts
// section describes it: every dealer gets a bank account, the demo's draft
// batch is canceled (its reserved money goes back to available), a new
// batch is created, approved (a worker's subscriber starts it), and each
// payout is marked paid once the worker has put it in `processing`.
import { setTimeout as sleep } from "node:timers/promises"
import { HttpError } from "./api.mjs"

const FINAL = new Set(["succeeded", "failed", "canceled"])

/** Gives every dealer without one a (verified) manual bank account. */
export async function ensureBankAccounts(admin, dealers) {
  for (const dealer of dealers) {
    const { payout_accounts } = await admin.get(`/admin/distribution/dealers/${dealer.id}/payout-accounts`)
    let account = (payout_accounts ?? []).find((a) => a.provider_id === "manual")
    if (!account) {
      account = (
        await admin.post(`/admin/distribution/dealers/${dealer.id}/payout-accounts`, {
          provider_id: "manual",
          bank_name: "集群测试银行",
          account_holder: `${dealer.code} holder`,
          account_number: `6222${String(dealer.code).replace(/\D/g, "").padStart(12, "0")}`,
        })
      ).payout_account
    }
    if (account?.status === "unverified") {
      await admin.post(`/admin/distribution/payout-accounts/${account.id}/verify`)
    }
  }
}

/** Cancels every draft or approved-but-unstarted batch (the demo seed leaves a draft one). */
export async function cancelOpenBatches(admin) {
  let canceled = 0
  for (const status of ["draft", "approved"]) {
    const { batches } = await admin.get(`/admin/distribution/payouts/batches?status=${status}&limit=100`)
    for (const batch of batches) {
      await admin.post(`/admin/distribution/payouts/batches/${batch.id}/cancel`)
      canceled++
    }
  }
  return canceled
}

/**
 * Creates, approves and pays one manual CNY batch. Returns
 * { batch_id, payouts, paid, skipped, total_amount, status }.
 */
export async function runManualBatch(admin, { timeoutMs = 600_000, note = "cluster test" } = {}) {
  const created = await admin.post("/admin/distribution/payouts/batches", { currency_code: "cny", provider_id: "manual", note })
  const batchId = created.batch.id
  await admin.post(`/admin/distribution/payouts/batches/${batchId}/approve`)
  const deadline = Date.now() + timeoutMs
  const paid = new Set()
  let payouts = []
  while (Date.now() < deadline) {
    payouts = await listAll(admin, `/admin/distribution/payouts?batch_id=${batchId}`, "payouts")
    const open = payouts.filter((p) => !FINAL.has(p.status))
    if (!open.length) break
    for (const payout of open.filter((p) => p.status === "processing")) {
      try {
        await admin.post(`/admin/distribution/payouts/${payout.id}/mark-paid`, { reference: `CLUSTER-${payout.id.slice(-8)}` })
        paid.add(payout.id)
      } catch (error) {
        // A worker may be moving it at the same moment; the next round sees its new status.
        if (!(error instanceof HttpError && error.status === 400)) throw error
      }
    }
    await sleep(1000)
  }
  const { batch } = await admin.get(`/admin/distribution/payouts/batches/${batchId}`)
  return {
    batch_id: batchId,
    status: batch.status,
    total_amount: batch.total_amount,
    payouts: payouts.length,
    by_status: countBy(payouts, (p) => p.status),
    paid: paid.size,
    skipped: created.skipped.length,
  }
}

/** Every page of a list route (limit 100 at most). */
async function listAll(admin, url, key) {
  const rows = []
  for (let offset = 0; ; offset += 100) {
    const page = await admin.get(`${url}&limit=100&offset=${offset}`)
    rows.push(...page[key])
    if (page[key].length < 100) return rows
  }
}

function countBy(rows, key) {
  const out = {}
  for (const row of rows) out[key(row)] = (out[key(row)] ?? 0) + 1
  return out
}
