import type { Context } from "@medusajs/framework/types"
import Decimal from "decimal.js"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import { PluginOptions, resolvePluginOptions } from "../../lib/options/plugin-options"
import type { PayoutBatchStatus, PayoutStatus } from "../../types/payout"
import { PAYOUT_PROVIDER_IDS, payoutProviderKey } from "./loaders/providers"
import { Payout } from "./models/payout"
import { PayoutAccount } from "./models/payout-account"
import { PayoutAccountChange } from "./models/payout-account-change"
import { PayoutBatch } from "./models/payout-batch"
import { PayoutEvent } from "./models/payout-event"
import type { PayoutProvider } from "./providers/types"
import { textArray } from "../../lib/sql/text-array"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** Columns a status move may change besides `status`. */
export type PayoutPatch = {
  needs_query?: boolean
  provider_state?: string | null
  provider_reference?: string | null
  package_info?: string | null
  failure_reason?: string | null
  reference?: string | null
  last_error?: string | null
  sent_at?: Date | null
  completed_at?: Date | null
  ledger_synced_at?: Date | null
  /** Adds one to `attempts` (a create-transfer call is about to be made). */
  count_attempt?: boolean
}

const PATCHABLE = [
  "needs_query",
  "provider_state",
  "provider_reference",
  "package_info",
  "failure_reason",
  "reference",
  "last_error",
  "sent_at",
  "completed_at",
  "ledger_synced_at",
] as const

export type NewPayoutEvent = {
  payout_id: string
  kind: string
  detail?: Record<string, unknown> | null
  actor_id?: string | null
  event_key?: string | null
}

export type BatchCounts = {
  batch_id: string
  counts: Partial<Record<PayoutStatus, number>>
  total_amount: string
  amount_succeeded: string
}

/**
 * The payout module: payout accounts and their history, batches, payouts and
 * what happened to each, and the providers that move the money. Every status
 * move of a payout is a conditional UPDATE (`… WHERE status IN (expected)`),
 * so two workers, a callback racing a query, or a repeated callback can
 * never apply one outcome twice or move a settled payout again.
 */
class PayoutModuleService extends MedusaService({
  PayoutAccount,
  PayoutAccountChange,
  PayoutBatch,
  Payout,
  PayoutEvent,
}) {
  protected readonly options_: PluginOptions
  protected readonly container_: Record<string, unknown>

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.container_ = container
    this.options_ = resolvePluginOptions(options)
  }

  getOptions(): PluginOptions {
    return this.options_
  }

  providerIds(): string[] {
    return (this.container_[PAYOUT_PROVIDER_IDS] as string[] | undefined) ?? []
  }

  /** A configured provider; a 400 naming the configured ones otherwise. */
  provider(id: string): PayoutProvider {
    if (!this.providerIds().includes(id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Payout provider "${id}" is not configured. Configured: ${this.providerIds().join(", ") || "none"}.`
      )
    }
    return this.container_[payoutProviderKey(id)] as PayoutProvider
  }

  /**
   * Moves payouts that are still in one of `from` to `to`, with the columns
   * of `patch`; returns the ids that moved (none when another process got
   * there first).
   */
  @InjectTransactionManager()
  async movePayouts(
    ids: string[],
    from: readonly PayoutStatus[],
    to: PayoutStatus,
    patch: PayoutPatch = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!ids.length) {
      return []
    }
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const sets = ["status = ?", "updated_at = now()"]
    const params: unknown[] = [to]
    for (const column of PATCHABLE) {
      if (patch[column] !== undefined) {
        sets.push(`${column} = ?`)
        params.push(patch[column])
      }
    }
    if (patch.count_attempt) {
      sets.push("attempts = attempts + 1")
    }
    const rows = await manager.execute(
      `UPDATE payout SET ${sets.join(", ")}
        WHERE id = ANY(?::text[]) AND status = ANY(?::text[]) AND deleted_at IS NULL
        RETURNING id`,
      [...params, textArray(ids), textArray(from)]
    )
    return rows.map((r: { id: string }) => r.id)
  }

  /** Sets columns of a payout without moving its status (e.g. "ledger synced"). */
  @InjectTransactionManager()
  async patchPayout(id: string, patch: PayoutPatch, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const sets = ["updated_at = now()"]
    const params: unknown[] = []
    for (const column of PATCHABLE) {
      if (patch[column] !== undefined) {
        sets.push(`${column} = ?`)
        params.push(patch[column])
      }
    }
    await manager.execute(`UPDATE payout SET ${sets.join(", ")} WHERE id = ?`, [...params, id])
  }

  /** Appends events; one whose `event_key` exists already is skipped. Returns the keys written. */
  @InjectTransactionManager()
  async recordEvents(events: NewPayoutEvent[], @MedusaContext() sharedContext: Context = {}) {
    if (!events.length) {
      return [] as { id: string; event_key: string | null }[]
    }
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const params: unknown[] = []
    const rows = events.map((e) => {
      params.push(
        generateEntityId(undefined, "poevt"),
        e.payout_id,
        e.kind,
        e.detail ? JSON.stringify(e.detail) : null,
        e.actor_id ?? null,
        e.event_key ?? null
      )
      return "(?, ?, ?, ?::jsonb, ?, ?)"
    })
    return (await manager.execute(
      `INSERT INTO payout_event (id, payout_id, kind, detail, actor_id, event_key)
       VALUES ${rows.join(", ")}
       ON CONFLICT (event_key) WHERE event_key IS NOT NULL AND deleted_at IS NULL DO NOTHING
       RETURNING id, event_key`,
      params
    )) as { id: string; event_key: string | null }[]
  }

  /**
   * Payout counts by status and amounts of batches, one grouped query. A
   * payout that was retried is left out: its retry stands for it.
   */
  @InjectManager()
  async batchCounts(batchIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<BatchCounts[]> {
    if (!batchIds.length) {
      return []
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT p.batch_id, p.status, count(*)::int AS count,
              coalesce(sum(p.amount), 0)::text AS amount
         FROM payout p
        WHERE p.batch_id = ANY(?::text[]) AND p.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM payout r WHERE r.retry_of_id = p.id AND r.deleted_at IS NULL)
        GROUP BY p.batch_id, p.status`,
      [textArray(batchIds)]
    )
    return batchIds.map((batchId) => {
      const mine = rows.filter((r) => r.batch_id === batchId)
      const sum = (keep: (status: string) => boolean) =>
        mine.filter((r) => keep(r.status)).reduce((acc, r) => acc.plus(r.amount), new Decimal(0)).toFixed()
      return {
        batch_id: batchId,
        counts: Object.fromEntries(mine.map((r) => [r.status, r.count])),
        total_amount: sum((status) => status !== "canceled"),
        amount_succeeded: sum((status) => status === "succeeded"),
      }
    })
  }

  /**
   * Payouts the processor must look at, oldest first: queued ones to send,
   * `sending` ones whose outcome was never recorded (a crash), unknown
   * outcomes to query, in-flight transfers not heard of since
   * `in_flight_before` (polled in case a callback was lost), and settled
   * payouts whose ledger is not synced yet.
   */
  @InjectManager()
  async listPayoutsToProcess(
    filters: { provider_id: string; batch_id?: string; in_flight_before?: Date; exclude_ids?: string[]; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.manager as unknown as SqlManager
    const params: unknown[] = [filters.provider_id]
    const inFlight = filters.in_flight_before ? "OR (p.status IN ('processing', 'awaiting_confirmation') AND p.updated_at < ?)" : ""
    if (filters.in_flight_before) {
      params.push(filters.in_flight_before)
    }
    const conditions = [
      "p.deleted_at IS NULL",
      "p.provider_id = ?",
      `(p.status IN ('queued', 'sending')
        OR (p.status IN ('processing', 'awaiting_confirmation') AND p.needs_query)
        ${inFlight}
        OR (p.status IN ('succeeded', 'failed', 'canceled') AND p.ledger_synced_at IS NULL))`,
    ]
    if (filters.batch_id) {
      conditions.push("p.batch_id = ?")
      params.push(filters.batch_id)
    }
    if (filters.exclude_ids?.length) {
      conditions.push("NOT (p.id = ANY(?::text[]))")
      params.push(textArray(filters.exclude_ids))
    }
    return (await manager.execute(
      `SELECT p.id, p.batch_id, p.status
         FROM payout p
        WHERE ${conditions.join(" AND ")}
        ORDER BY p.created_at, p.id
        LIMIT ?`,
      [...params, filters.limit]
    )) as { id: string; batch_id: string; status: PayoutStatus }[]
  }

  /** Moves a batch from the status it was read in; false when another process moved it first. */
  @InjectTransactionManager()
  async moveBatchStatus(
    id: string,
    from: PayoutBatchStatus,
    to: PayoutBatchStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const rows = await manager.execute(
      `UPDATE payout_batch
          SET status = ?, completed_at = CASE WHEN ? IN ('completed', 'partially_failed') THEN now() ELSE NULL END,
              updated_at = now()
        WHERE id = ? AND status = ? AND deleted_at IS NULL
        RETURNING id`,
      [to, to, id, from]
    )
    return rows.length > 0
  }

  /** Approved batches of a provider start processing (the sender has picked them up). */
  @InjectTransactionManager()
  async startApprovedBatches(providerId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    await manager.execute(
      `UPDATE payout_batch SET status = 'processing', updated_at = now()
        WHERE status = 'approved' AND provider_id = ? AND deleted_at IS NULL`,
      [providerId]
    )
  }
}

export default PayoutModuleService
