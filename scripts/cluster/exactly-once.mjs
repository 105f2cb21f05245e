// The cluster test's own checks, beyond the ledger checker's invariants:
// what a killed worker could break for the orders this run placed — each
// order attributed exactly once and to the dealer whose link the shopper
// came through, accrued exactly once (one commission_order, one accrual
// entry per line and level, adding up to the split's total), cancellations
// fully reversed, every paid payout with exactly one payout entry, and no
// event left failed in the Redis queue.
import { failedEvents } from "./drain.mjs"

/** Each check: { name, checked, violations: [{ message, ids }] }. */
export async function exactlyOnceChecks(pg, redis, { orders, batchId }) {
  const checks = []
  const ids = orders.map((o) => o.id)

  const attributions = await pg.query(
    `SELECT o.id, count(a.id)::int AS n, min(a.chain->0->>'code') AS code, bool_or(a.commissionable) AS commissionable
       FROM unnest($1::text[]) AS o(id)
       LEFT JOIN distribution_order_attribution a ON a.order_id = o.id AND a.deleted_at IS NULL
      GROUP BY o.id`,
    [ids]
  )
  const byId = new Map(attributions.rows.map((r) => [r.id, r]))
  checks.push(
    check("every placed order has exactly one attribution", orders, (o) => {
      const n = byId.get(o.id).n
      return n === 1 ? null : `${o.id} has ${n} attributions`
    })
  )
  const referred = orders.filter((o) => o.code)
  checks.push(
    check("a referral order is attributed to the dealer of the link the shopper followed", referred, (o) => {
      const code = byId.get(o.id).code
      return code === o.code ? null : `${o.id}: visited ${o.code}, attributed to ${code ?? "nobody"}`
    })
  )

  const accruals = await pg.query(
    `SELECT o.id,
            (SELECT count(*) FROM commission_order c WHERE c.order_id = o.id AND c.deleted_at IS NULL)::int AS records,
            (SELECT max(c.commission_total)::text FROM commission_order c WHERE c.order_id = o.id AND c.deleted_at IS NULL) AS split_total,
            (SELECT count(*) FROM commission_entry e WHERE e.order_id = o.id AND e.kind = 'accrual')::int AS entries,
            (SELECT count(DISTINCT (e.line_item_id, e.level)) FROM commission_entry e WHERE e.order_id = o.id AND e.kind = 'accrual')::int AS line_levels,
            coalesce((SELECT sum(e.amount) FROM commission_entry e WHERE e.order_id = o.id AND e.kind = 'accrual'), 0)::text AS accrued,
            coalesce((SELECT sum(e.amount) FROM commission_entry e WHERE e.order_id = o.id AND e.kind = 'reversal'), 0)::text AS reversed
       FROM unnest($1::text[]) AS o(id)`,
    [ids]
  )
  const acc = new Map(accruals.rows.map((r) => [r.id, r]))
  const commissionable = orders.filter((o) => byId.get(o.id).commissionable)
  checks.push(
    check("every commissionable order is accrued exactly once (one record, one entry per line × level, summing to the split)", commissionable, (o) => {
      const r = acc.get(o.id)
      if (r.records !== 1) return `${o.id} has ${r.records} commission records`
      if (r.entries !== r.line_levels) return `${o.id} has ${r.entries} accrual entries for ${r.line_levels} line × level pairs`
      if (Number(r.accrued) !== Number(r.split_total)) return `${o.id}: accrual entries sum to ${r.accrued}, the split to ${r.split_total}`
      return null
    })
  )
  checks.push(
    check("an order without commission has no commission entries", orders.filter((o) => !byId.get(o.id).commissionable), (o) => {
      const r = acc.get(o.id)
      return r.records === 0 && r.entries === 0 ? null : `${o.id} (not commissionable) has ${r.records} records, ${r.entries} entries`
    })
  )
  checks.push(
    check("a canceled order's commission is fully reversed", commissionable.filter((o) => o.canceled), (o) => {
      const r = acc.get(o.id)
      return Number(r.accrued) + Number(r.reversed) === 0 ? null : `${o.id}: accrued ${r.accrued}, reversed ${r.reversed}`
    })
  )
  checks.push(
    check("a returned or refunded order's commission is partly reversed, never more than accrued", commissionable.filter((o) => !o.canceled && (o.returned || o.refunded)), (o) => {
      const r = acc.get(o.id)
      const reversed = -Number(r.reversed)
      if (Number(r.accrued) > 0 && reversed <= 0) return `${o.id}: nothing reversed of ${r.accrued}`
      if (reversed > Number(r.accrued)) return `${o.id}: reversed ${reversed} of ${r.accrued}`
      return null
    })
  )
  checks.push(
    check("an order neither canceled, returned nor refunded has no reversal", commissionable.filter((o) => !o.canceled && !o.returned && !o.refunded), (o) => {
      const r = acc.get(o.id)
      return Number(r.reversed) === 0 ? null : `${o.id}: reversed ${r.reversed}`
    })
  )

  if (batchId) {
    const payouts = await pg.query(
      `SELECT p.id, p.status, p.amount::text AS amount,
              (SELECT count(*) FROM commission_entry e WHERE e.payout_id = p.id AND e.kind = 'payout')::int AS payout_entries,
              (SELECT coalesce(sum(e.amount), 0)::text FROM commission_entry e WHERE e.payout_id = p.id AND e.kind = 'payout') AS paid_out
         FROM payout p WHERE p.batch_id = $1 AND p.deleted_at IS NULL`,
      [batchId]
    )
    checks.push(
      check("every payout of the batch succeeded with exactly one payout entry of −amount", payouts.rows, (p) => {
        if (p.status !== "succeeded") return `${p.id} is ${p.status}`
        if (p.payout_entries !== 1) return `${p.id} has ${p.payout_entries} payout entries`
        if (Number(p.paid_out) !== -Number(p.amount)) return `${p.id}: paid ${p.amount}, entry ${p.paid_out}`
        return null
      })
    )
  }

  const failed = await failedEvents(redis)
  checks.push({
    name: "no event left failed in the Redis event queue (a failed job is a subscriber that never finished)",
    checked: failed.length,
    violations: failed.map((f) => ({ message: `${f.name} ${f.data} failed after ${f.attempts} attempt(s): ${f.reason}`, ids: [f.id] })),
  })
  return checks
}

function check(name, rows, fn) {
  const violations = []
  for (const row of rows) {
    const message = fn(row)
    if (message) violations.push({ message, ids: [row.id] })
  }
  return { name, checked: rows.length, violations }
}
