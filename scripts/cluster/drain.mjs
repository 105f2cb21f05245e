// When is the cluster's asynchronous work done? Everything the workers do
// for the test's orders is visible in the database: an attribution per
// placed order, an accrual per commissionable one, reversals for canceled,
// returned and refunded ones. Plus the Redis event queue: nothing waiting,
// active or delayed.
import { setTimeout as sleep } from "node:timers/promises"

/** Redis keys of the event bus's BullMQ queue (prefix = the service's class name, queue "events-queue"). */
export const EVENT_QUEUE = "RedisEventBusService:events-queue"

/** The event queue's job counts by state. */
export async function eventQueueCounts(redis) {
  const [wait, active, delayed, prioritized, failed] = await Promise.all([
    redis.llen(`${EVENT_QUEUE}:wait`),
    redis.llen(`${EVENT_QUEUE}:active`),
    redis.zcard(`${EVENT_QUEUE}:delayed`),
    redis.zcard(`${EVENT_QUEUE}:prioritized`),
    redis.zcard(`${EVENT_QUEUE}:failed`),
  ])
  return { wait, active, delayed, prioritized, failed }
}

/** The event queue's failed jobs: name, data, why (each one an event some subscriber never finished). */
export async function failedEvents(redis) {
  const ids = await redis.zrange(`${EVENT_QUEUE}:failed`, 0, -1)
  const out = []
  for (const id of ids) {
    const job = await redis.hgetall(`${EVENT_QUEUE}:${id}`)
    out.push({ id, name: job.name, data: job.data?.slice(0, 200), reason: job.failedReason, attempts: job.attemptsMade })
  }
  return out
}

/**
 * What is still to do for the tracked orders. `orders`: [{ id, commissionable?: unknown, canceled, returned, refunded }].
 * Returns counts of orders still missing their attribution, accrual or reversal.
 */
export async function outstanding(pg, orders) {
  const ids = orders.map((o) => o.id)
  const { rows } = await pg.query(
    `SELECT o.id,
            a.id IS NOT NULL AS attributed,
            coalesce(a.commissionable, false) AS commissionable,
            c.id IS NOT NULL AS accrued,
            coalesce((SELECT sum(e.amount) FROM commission_entry e WHERE e.order_id = o.id AND e.kind = 'accrual'), 0)::text AS accrual_total,
            coalesce((SELECT sum(e.amount) FROM commission_entry e WHERE e.order_id = o.id AND e.kind = 'reversal'), 0)::text AS reversal_total
       FROM unnest($1::text[]) AS o(id)
       LEFT JOIN distribution_order_attribution a ON a.order_id = o.id AND a.deleted_at IS NULL
       LEFT JOIN commission_order c ON c.order_id = o.id AND c.deleted_at IS NULL`,
    [ids]
  )
  const byId = new Map(rows.map((r) => [r.id, r]))
  const missing = { attribution: [], accrual: [], cancel_reversal: [], return_reversal: [], refund_reversal: [] }
  for (const order of orders) {
    const r = byId.get(order.id)
    if (!r.attributed) {
      missing.attribution.push(order.id)
      continue
    }
    if (!r.commissionable) continue
    if (!r.accrued) {
      missing.accrual.push(order.id)
      continue
    }
    const accrued = Number(r.accrual_total)
    const reversed = -Number(r.reversal_total)
    if (order.canceled && Math.abs(accrued - reversed) > 1e-9) missing.cancel_reversal.push(order.id)
    if (order.returned && accrued > 0 && reversed <= 0) missing.return_reversal.push(order.id)
    if (order.refunded && accrued > 0 && reversed <= 0) missing.refund_reversal.push(order.id)
  }
  return missing
}

const total = (missing) => Object.values(missing).reduce((n, list) => n + list.length, 0)

/**
 * Polls until nothing is outstanding and the event queue is empty, or the
 * timeout passes. Returns { seconds, missing, queue, drained }.
 */
export async function waitForDrain(pg, redis, orders, { timeoutMs = 600_000, onProgress } = {}) {
  const t0 = Date.now()
  let missing
  let queue
  let lastReport = 0
  while (true) {
    missing = await outstanding(pg, orders)
    queue = await eventQueueCounts(redis)
    const busy = queue.wait + queue.active + queue.delayed + queue.prioritized
    if (total(missing) === 0 && busy === 0) {
      return { seconds: (Date.now() - t0) / 1000, missing, queue, drained: true }
    }
    if (Date.now() - t0 > timeoutMs) {
      return { seconds: (Date.now() - t0) / 1000, missing, queue, drained: false }
    }
    if (onProgress && Date.now() - lastReport > 15_000) {
      lastReport = Date.now()
      onProgress({ outstanding: Object.fromEntries(Object.entries(missing).map(([k, v]) => [k, v.length])), queue })
    }
    await sleep(1000)
  }
}

/**
 * What BullMQ's event stream of the queue recorded (its last 10,000 entries):
 * jobs added, completed, retried after a failure (`retried`: a failure with
 * attempts left, moved to `delayed` for its backoff), failed for good, and
 * stalled (their worker died; BullMQ hands them to another worker), with the
 * event names of the stalled and failed ones.
 */
export async function queueHistory(redis) {
  const entries = await redis.xrange(`${EVENT_QUEUE}:events`, "-", "+")
  const names = new Map()
  const counts = { added: 0, completed: 0, retried: 0, failed: 0, stalled: 0 }
  const stalled = []
  const failed = []
  for (const [, fields] of entries) {
    const e = {}
    for (let i = 0; i < fields.length; i += 2) e[fields[i]] = fields[i + 1]
    if (e.event === "added") {
      counts.added++
      names.set(e.jobId, e.name)
    } else if (e.event === "completed") counts.completed++
    else if (e.event === "delayed" && names.has(e.jobId)) counts.retried++
    else if (e.event === "failed") {
      counts.failed++
      failed.push(`${names.get(e.jobId) ?? "?"} (job ${e.jobId}): ${String(e.failedReason ?? "").slice(0, 120)}`)
    } else if (e.event === "stalled") {
      counts.stalled++
      stalled.push(`${names.get(e.jobId) ?? "?"} (job ${e.jobId})`)
    }
  }
  return { counts, stalled, failed, entries: entries.length }
}

/**
 * How many BullMQ workers consume the event queue on this Redis logical
 * database (connections BullMQ names after the queue). More than the test
 * started means another store shares the database and takes its events.
 */
export async function eventQueueConsumers(redis) {
  const db = redis.options.db ?? 0
  const list = await redis.client("LIST")
  return list
    .split("\n")
    .filter((line) => line.includes(` db=${db} `) && / name=RedisEventBusService:\S+/.test(line)).length
}

/**
 * Pids of the processes whose event-bus worker is busy with a job right now:
 * BullMQ's named connection of an idle worker sits in a blocking pop. Linux
 * only (`ss -tnp` maps the connection to its process); [] when unknown.
 */
export async function busyEventWorkerPids(redis) {
  const db = redis.options.db ?? 0
  const ports = (await redis.client("LIST"))
    .split("\n")
    .filter((l) => l.includes(` db=${db} `) && / name=RedisEventBusService:\S+/.test(l) && !/ cmd=bzpopmin/.test(l))
    .map((l) => l.match(/ addr=[^ ]*:(\d+) /)?.[1])
    .filter(Boolean)
  if (!ports.length) return []
  try {
    const { execFileSync } = await import("node:child_process")
    const out = execFileSync("ss", ["-tnpH"], { encoding: "utf8" })
    return out
      .split("\n")
      .filter((l) => ports.some((p) => l.includes(`:${p} `)) && /:6379\s/.test(l))
      .map((l) => Number(l.match(/pid=(\d+)/)?.[1]))
      .filter(Boolean)
  } catch {
    return []
  }
}
