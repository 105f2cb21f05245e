import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import { PluginOptions, resolvePluginOptions } from "../../lib/options/plugin-options"
import type { LedgerEntryStatus } from "../../types/commission"
import { insertLedgerEntriesSql, LEDGER_ENTRY_SELECT, NewLedgerEntry, rawBigNumber } from "./ledger-rows"
import { CommissionEntry } from "./models/commission-entry"
import { CommissionEntryTransition } from "./models/commission-entry-transition"
import { CommissionRule } from "./models/commission-rule"
import { CommissionStatement } from "./models/commission-statement"
import { OrderCommission } from "./models/order-commission"
import { toSplitRule } from "./rule-snapshot"
import {
  dealerStatementParams,
  dealerStatementRows,
  dealerStatementSql,
  statementFiguresColumns,
  statementFiguresCtes,
  statementFiguresOf,
  statementFiguresParams,
} from "./queries/dealer-statement"
import { textArray } from "../../lib/sql/text-array"
import { newEntityId } from "../../lib/commission/entity-ids"
import { executeBound } from "../../lib/sql/bound-sql"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type LedgerEntryRow = {
  id: string
  dealer_id: string
  kind: string
  status: LedgerEntryStatus
  amount: string
  currency_code: string
  order_id: string | null
  order_display_id: number | null
  line_item_id: string | null
  product_title: string | null
  level: number | null
  base: string | null
  rate: string | null
  rule_id: string | null
  rule_type: string | null
  reverses_entry_id: string | null
  payout_id: string | null
  reason: string | null
  created_by: string | null
  idempotency_key: string
  created_at: Date
}

export type LedgerFilters = {
  dealer_id?: string
  status?: string
  kind?: string
  order_id?: string
  currency_code?: string
  from?: Date
  to?: Date
}

export type NewOrderCommission = {
  order_id: string
  order_display_id: number | null
  dealer_id: string
  chain_dealer_ids: string[]
  currency_code: string
  base_total: string
  commission_total: string
  placed_at: Date
  inputs: unknown
  plan_snapshot: unknown
  split: unknown
}

export type StatusMove = {
  from: LedgerEntryStatus
  to: LedgerEntryStatus
  reason: string
  actor_id?: string | null
  payout_id?: string | null
}

/** What a payout reserved: the dealer's available entries at that moment, and their sum. */
export type PayoutReservation = { payout_id: string; dealer_id: string; amount: string; entry_count: number }

// The entries a payout holds: those whose latest reservation is this payout's
// (an entry released by a failed payout and reserved again belongs to the new one).
const ENTRIES_RESERVED_BY_PAYOUT = `
  SELECT t.entry_id FROM commission_entry_transition t
   WHERE t.payout_id = ? AND t.to_status = 'reserved' AND t.deleted_at IS NULL
     AND NOT EXISTS (
       SELECT 1 FROM commission_entry_transition later
        WHERE later.entry_id = t.entry_id AND later.to_status = 'reserved'
          AND later.created_at > t.created_at AND later.deleted_at IS NULL)`

/**
 * A dealer's money in one currency. `paid` is commission settled by
 * successful payouts and `paid_out` the payouts themselves (equal by
 * construction, kept apart so a check can compare them); `total` is what the
 * merchant still owes: pending + available + reserved.
 */
export type CommissionBalance = {
  currency_code: string
  pending: string
  available: string
  reserved: string
  paid: string
  paid_out: string
  total: string
}

export type StatementSnapshot = {
  dealer_id: string
  currency_code: string
  opening_balance: string
  closing_balance: string
  totals: { by_kind: Record<string, string>; by_status: Record<string, string> }
  entry_count: number
  created_at: Date
}

export type PeriodTotals = {
  dealer_id: string
  currency_code: string
  opening_balance: string
  closing_balance: string
  by_kind: Record<string, string>
  by_status: Record<string, string>
  entry_count: number
}

// A PostgreSQL text[] literal of ids (ids never hold quotes or commas), bound as one parameter.

/**
 * The commission module: the merchant's plan, every order's split, and the
 * append-only ledger with its balances and statements. Ledger reads and
 * writes are single SQL statements over indexed columns, so a balance is one
 * grouped sum however long the ledger grows.
 */
class CommissionModuleService extends MedusaService({
  CommissionRule,
  CommissionEntry,
  CommissionEntryTransition,
  OrderCommission,
  CommissionStatement,
}) {
  protected readonly options_: PluginOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolvePluginOptions(options)
  }

  getOptions(): PluginOptions {
    return this.options_
  }

  /** The plan: its rules in order. */
  @InjectManager()
  async listPlan(@MedusaContext() sharedContext: Context = {}) {
    return await this.listCommissionRules({}, { order: { position: "ASC" } }, sharedContext)
  }

  /**
   * Replaces the plan in one transaction: rules given with an id are updated
   * in place, new ones created, missing ones soft-deleted (their id stays on
   * the entries they produced). Returns the previous rules for compensation.
   */
  @InjectTransactionManager()
  async replacePlan(
    rules: (Record<string, unknown> & { id?: string | null })[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const previous = await this.listPlan(sharedContext)
    const known = new Set(previous.map((r) => r.id))
    const unknown = rules.find((r) => r.id && !known.has(r.id))
    if (unknown) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Rule ${rules.indexOf(unknown) + 1}: no rule with id ${unknown.id} in the plan.`
      )
    }
    const kept = new Set(rules.filter((r) => r.id).map((r) => r.id as string))
    const removed = previous.filter((r) => !kept.has(r.id)).map((r) => r.id)
    if (removed.length) {
      await this.softDeleteCommissionRules(removed, {}, sharedContext)
    }
    const positioned = rules.map((r, position) => ({ ...r, position }))
    const updates = positioned.filter((r) => r.id)
    if (updates.length) {
      await this.updateCommissionRules(updates as any, sharedContext)
    }
    const creates = positioned.filter((r) => !r.id).map(({ id, ...r }) => r)
    const created = creates.length ? await this.createCommissionRules(creates as any, sharedContext) : []
    return { previous, removed, created_ids: (created as any[]).map((r) => r.id as string) }
  }

  /** Undoes `replacePlan`: the new rules go, the removed ones return, the updated ones get their old values. */
  @InjectTransactionManager()
  async restorePlan(
    undo: { previous: any[]; removed: string[]; created_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (undo.created_ids.length) {
      await this.softDeleteCommissionRules(undo.created_ids, {}, sharedContext)
    }
    if (undo.removed.length) {
      await this.restoreCommissionRules(undo.removed, {}, sharedContext)
    }
    const restored = undo.previous.map((r) => ({ ...toSplitRule(r), name: r.name }))
    if (restored.length) {
      await this.updateCommissionRules(restored as any, sharedContext)
    }
  }

  /**
   * Writes an order's split and its accruals in one transaction, once: a
   * second call for the same order writes nothing and reports `created: false`.
   */
  @InjectTransactionManager()
  async recordOrderCommission(
    order: NewOrderCommission,
    entries: NewLedgerEntry[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ created: boolean; inserted: number }> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const rows = await executeBound(
      manager,
      `INSERT INTO commission_order
         (id, order_id, order_display_id, dealer_id, chain_dealer_ids, currency_code,
          base_total, raw_base_total, commission_total, raw_commission_total,
          placed_at, inputs, plan_snapshot, split)
       VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?::jsonb)
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [
        generateEntityId(undefined, "ocm"),
        order.order_id,
        order.order_display_id,
        order.dealer_id,
        textArray(order.chain_dealer_ids),
        order.currency_code,
        order.base_total,
        rawBigNumber(order.base_total),
        order.commission_total,
        rawBigNumber(order.commission_total),
        order.placed_at,
        JSON.stringify(order.inputs),
        JSON.stringify(order.plan_snapshot),
        JSON.stringify(order.split),
      ]
    )
    if (!rows.length) {
      return { created: false, inserted: 0 }
    }
    const inserted = await this.insertEntries_(manager, entries)
    return { created: true, inserted: inserted.length }
  }

  /**
   * `recordOrderCommission` for many orders in one transaction (the batched
   * accrual): one multi-row insert of the orders' splits (`ON CONFLICT
   * (order_id) DO NOTHING`), then the entries of the orders whose split this
   * call wrote, in multi-row inserts (`ON CONFLICT (idempotency_key) DO
   * NOTHING`), and `more` entries (reversals of orders recorded before).
   * The caller holds the orders' commission locks, so an order recorded
   * meanwhile means a writer ignored them: the whole call rolls back (CONFLICT).
   */
  @InjectTransactionManager()
  async recordOrderCommissions(
    orders: { order: NewOrderCommission; entries: NewLedgerEntry[] }[],
    more: NewLedgerEntry[] = [],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ order_ids: string[]; inserted: number }> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const created = new Set<string>()
    for (let i = 0; i < orders.length; i += 500) {
      const params: unknown[] = []
      const values = orders.slice(i, i + 500).map(({ order }) => {
        params.push(
          newEntityId("ocm"), order.order_id, order.order_display_id, order.dealer_id,
          textArray(order.chain_dealer_ids), order.currency_code, order.base_total, rawBigNumber(order.base_total),
          order.commission_total, rawBigNumber(order.commission_total), order.placed_at,
          JSON.stringify(order.inputs), JSON.stringify(order.plan_snapshot), JSON.stringify(order.split)
        )
        return "(?, ?, ?, ?, ?::text[], ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?::jsonb)"
      })
      const rows = await executeBound(
        manager,
        `INSERT INTO commission_order
           (id, order_id, order_display_id, dealer_id, chain_dealer_ids, currency_code,
            base_total, raw_base_total, commission_total, raw_commission_total,
            placed_at, inputs, plan_snapshot, split)
         VALUES ${values.join(", ")}
         ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING
         RETURNING order_id`,
        params
      )
      rows.forEach((r) => created.add(r.order_id))
    }
    if (created.size !== orders.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${orders.length - created.size} order(s) of the batch were accrued meanwhile; nothing was written.`
      )
    }
    const inserted = await this.insertEntries_(manager, [...orders.flatMap((o) => o.entries), ...more])
    return { order_ids: [...created], inserted: inserted.length }
  }

  /** Appends entries, skipping any whose idempotency key already exists; returns the new ones. */
  @InjectTransactionManager()
  async appendEntries(entries: NewLedgerEntry[], @MedusaContext() sharedContext: Context = {}) {
    return await this.insertEntries_(sharedContext.transactionManager as unknown as SqlManager, entries)
  }

  protected async insertEntries_(manager: SqlManager, entries: NewLedgerEntry[]) {
    const inserted: { id: string; idempotency_key: string }[] = []
    // Bounded batches keep each statement under PostgreSQL's parameter limit.
    for (let i = 0; i < entries.length; i += 500) {
      const { sql, params } = insertLedgerEntriesSql(entries.slice(i, i + 500))
      inserted.push(...(await executeBound(manager, sql, params)))
    }
    return inserted
  }

  /**
   * Moves entries from one status to another and records each move. Only
   * entries still in `from` move, so a repeated call moves nothing twice.
   */
  @InjectTransactionManager()
  async moveEntries(ids: string[], move: StatusMove, @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) {
      return []
    }
    const manager = sharedContext.transactionManager as unknown as SqlManager
    return await this.move_(manager, "id IN (?)", [ids], move)
  }

  /** Moves an order's accruals and the reversals that follow them (maturation). */
  @InjectTransactionManager()
  async moveOrderEntries(orderId: string, move: StatusMove, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    return await this.move_(manager, "order_id = ? AND kind IN ('accrual', 'reversal')", [orderId], move)
  }

  protected async move_(manager: SqlManager, where: string, params: unknown[], move: StatusMove) {
    const moved: { id: string }[] = await manager.execute(
      `UPDATE commission_entry SET status = ?, updated_at = now()
        WHERE ${where} AND status = ? AND deleted_at IS NULL
        RETURNING id`,
      [move.to, ...params, move.from]
    )
    if (moved.length) {
      await this.recordTransitions_(manager, moved.map((m) => m.id), move)
    }
    return moved.map((m) => m.id)
  }

  protected async recordTransitions_(manager: SqlManager, entryIds: string[], move: StatusMove) {
    for (let i = 0; i < entryIds.length; i += 1000) {
      const values: unknown[] = []
      const rows = entryIds.slice(i, i + 1000).map((id) => {
        values.push(
          generateEntityId(undefined, "cmtr"),
          id,
          move.from,
          move.to,
          move.reason,
          move.actor_id ?? null,
          move.payout_id ?? null
        )
        return "(?, ?, ?, ?, ?, ?, ?)"
      })
      await manager.execute(
        `INSERT INTO commission_entry_transition (id, entry_id, from_status, to_status, reason, actor_id, payout_id)
         VALUES ${rows.join(", ")}`,
        values
      )
    }
  }

  /**
   * Dealers' available balances in a currency (the candidates of a payout
   * batch), optionally only some dealers. Only positive balances are returned.
   */
  @InjectManager()
  async availableBalances(
    currencyCode: string,
    dealerIds: string[] | undefined,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ dealer_id: string; available: string }[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const params: unknown[] = [currencyCode.toLowerCase()]
    let dealerFilter = ""
    if (dealerIds) {
      if (!dealerIds.length) {
        return []
      }
      dealerFilter = "AND dealer_id = ANY(?::text[])"
      params.push(textArray(dealerIds))
    }
    return await manager.execute(
      `SELECT dealer_id, sum(amount)::text AS available
         FROM commission_entry
        WHERE currency_code = ? AND status = 'available' AND deleted_at IS NULL ${dealerFilter}
        GROUP BY dealer_id
       HAVING sum(amount) > 0
        ORDER BY dealer_id`,
      params
    )
  }

  /**
   * Reserves each dealer's whole available balance for a payout: its
   * available entries move to `reserved` in one statement per dealer, and only
   * when they add up to at least `minimum`. The rows are locked while they
   * are summed, so two batches made at once can never take the same entry:
   * the second finds them reserved and reserves nothing.
   */
  @InjectTransactionManager()
  async reserveForPayouts(
    requests: { payout_id: string; dealer_id: string; currency_code: string; minimum: string; entry_ids?: string[] }[],
    actorId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PayoutReservation[]> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const reserved: PayoutReservation[] = []
    for (const request of requests) {
      const only = request.entry_ids ? "AND id = ANY(?::text[])" : ""
      const rows: { id: string; amount: string; total: string }[] = await manager.execute(
        `WITH candidate AS (
           SELECT id, amount FROM commission_entry
            WHERE dealer_id = ? AND currency_code = ? AND status = 'available' AND deleted_at IS NULL ${only}
            FOR UPDATE
         ), total AS (SELECT coalesce(sum(amount), 0) AS total FROM candidate)
         UPDATE commission_entry e SET status = 'reserved', updated_at = now()
           FROM candidate c, total
          WHERE e.id = c.id AND e.status = 'available' AND total.total >= ?::numeric
          RETURNING e.id, e.amount::text AS amount, total.total::text AS total`,
        [
          request.dealer_id,
          request.currency_code.toLowerCase(),
          ...(request.entry_ids ? [textArray(request.entry_ids)] : []),
          request.minimum,
        ]
      )
      if (!rows.length) {
        continue
      }
      await this.recordTransitions_(
        manager,
        rows.map((r) => r.id),
        { from: "available", to: "reserved", reason: "reserved", actor_id: actorId, payout_id: request.payout_id }
      )
      reserved.push({
        payout_id: request.payout_id,
        dealer_id: request.dealer_id,
        amount: rows[0].total,
        entry_count: rows.length,
      })
    }
    return reserved
  }

  /** The ids of the entries a payout holds now. */
  @InjectManager()
  async listPayoutEntryIds(payoutId: string, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(ENTRIES_RESERVED_BY_PAYOUT, [payoutId])
    return rows.map((r: { entry_id: string }) => r.entry_id)
  }

  /**
   * What a payout pays: the entries it reserved (whatever became of them:
   * paid, released, or reserved again by its retry) and its own `payout`
   * entry once it succeeded, oldest first.
   */
  @InjectManager()
  async listPayoutLedger(payoutId: string, @MedusaContext() sharedContext: Context = {}): Promise<LedgerEntryRow[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    return await manager.execute(
      `SELECT ${LEDGER_ENTRY_SELECT} FROM commission_entry e
        WHERE e.deleted_at IS NULL
          AND (e.payout_id = ? OR e.id IN (
            SELECT entry_id FROM commission_entry_transition
             WHERE payout_id = ? AND to_status = 'reserved' AND deleted_at IS NULL))
        ORDER BY e.created_at, e.id`,
      [payoutId, payoutId]
    )
  }

  /** Frozen statements of a month for some dealers (one indexed read; amounts as exact strings). */
  @InjectManager()
  async statementSnapshots(
    period: string,
    dealerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StatementSnapshot[]> {
    if (!dealerIds.length) {
      return []
    }
    const manager = sharedContext.manager as unknown as SqlManager
    return await manager.execute(
      `SELECT dealer_id, currency_code, (raw_opening_balance->>'value') AS opening_balance,
              (raw_closing_balance->>'value') AS closing_balance, totals, entry_count, created_at
         FROM commission_statement
        WHERE period = ? AND dealer_id = ANY(?::text[]) AND deleted_at IS NULL`,
      [period, textArray(dealerIds)]
    )
  }

  /** The ids of every entry a payout ever reserved (what a retry pays again). */
  @InjectManager()
  async listPayoutEntryIdsEver(payoutId: string, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT DISTINCT entry_id FROM commission_entry_transition
        WHERE payout_id = ? AND to_status = 'reserved' AND deleted_at IS NULL`,
      [payoutId]
    )
    return rows.map((r: { entry_id: string }) => r.entry_id)
  }

  /**
   * A payout succeeded: its reserved entries become `paid` and one `payout`
   * entry records the money leaving (key `payout:{id}`). Safe to repeat: a
   * second call moves nothing and writes nothing.
   */
  @InjectTransactionManager()
  async settlePayout(
    payout: { payout_id: string; dealer_id: string; currency_code: string; amount: string; actor_id?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const moved = await this.move_(manager, `id IN (${ENTRIES_RESERVED_BY_PAYOUT})`, [payout.payout_id], {
      from: "reserved",
      to: "paid",
      reason: "paid",
      actor_id: payout.actor_id ?? null,
      payout_id: payout.payout_id,
    })
    const written = await this.insertEntries_(manager, [
      {
        idempotency_key: `payout:${payout.payout_id}`,
        dealer_id: payout.dealer_id,
        kind: "payout",
        status: "paid",
        amount: `-${payout.amount}`,
        currency_code: payout.currency_code,
        payout_id: payout.payout_id,
        reason: "payout",
        created_by: payout.actor_id ?? null,
      },
    ])
    return { moved: moved.length, written: written.length }
  }

  /** A payout failed or was canceled: its reserved entries are available again. Safe to repeat. */
  @InjectTransactionManager()
  async releasePayout(
    payoutId: string,
    reason: string,
    actorId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const moved = await this.move_(manager, `id IN (${ENTRIES_RESERVED_BY_PAYOUT})`, [payoutId], {
      from: "reserved",
      to: "available",
      reason,
      actor_id: actorId,
      payout_id: payoutId,
    })
    return { moved: moved.length }
  }

  /** Each dealer's sales (commission bases of the orders it is in the chain of) in a time range. */
  @InjectManager()
  async salesByDealer(
    dealerIds: string[],
    currencyCode: string,
    range: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, string>> {
    if (!dealerIds.length) {
      return {}
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT d.dealer_id, sum(o.base_total)::text AS sales
         FROM commission_order o, unnest(o.chain_dealer_ids) AS d(dealer_id)
        WHERE o.chain_dealer_ids && ?::text[] AND d.dealer_id IN (?)
          AND o.currency_code = ? AND o.placed_at >= ? AND o.placed_at < ? AND o.deleted_at IS NULL
        GROUP BY d.dealer_id`,
      [textArray(dealerIds), dealerIds, currencyCode.toLowerCase(), range.from, range.to]
    )
    return Object.fromEntries(rows.map((r) => [r.dealer_id, r.sales]))
  }

  /** One ledger entry with exact amounts. */
  @InjectManager()
  async retrieveLedgerEntry(id: string, @MedusaContext() sharedContext: Context = {}): Promise<LedgerEntryRow> {
    const manager = sharedContext.manager as unknown as SqlManager
    const [row] = await manager.execute(`SELECT ${LEDGER_ENTRY_SELECT} FROM commission_entry e WHERE e.id = ?`, [id])
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission entry with id: ${id} was not found`)
    }
    return row
  }

  /** An order's ledger entries (accruals and reversals), oldest first. */
  @InjectManager()
  async listOrderEntries(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<LedgerEntryRow[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    return await manager.execute(
      `SELECT ${LEDGER_ENTRY_SELECT} FROM commission_entry e
        WHERE e.order_id = ? AND e.deleted_at IS NULL
        ORDER BY e.created_at, e.line_item_id, e.level, e.id`,
      [orderId]
    )
  }

  /** An order's accruals with how much of each is already reversed (a positive amount). */
  @InjectManager()
  async listOrderAccruals(
    orderId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(LedgerEntryRow & { reversed: string })[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    return await manager.execute(
      `SELECT ${LEDGER_ENTRY_SELECT},
              coalesce((SELECT -sum(r.amount) FROM commission_entry r
                         WHERE r.reverses_entry_id = e.id AND r.deleted_at IS NULL), 0)::text AS reversed
         FROM commission_entry e
        WHERE e.order_id = ? AND e.kind = 'accrual' AND e.deleted_at IS NULL
        ORDER BY e.created_at, e.id`,
      [orderId]
    )
  }

  /** Orders that still have pending accruals, oldest first (what maturation looks at). */
  @InjectManager()
  async listOrdersWithPendingAccruals(
    page: { limit: number; after?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT DISTINCT order_id FROM commission_entry
        WHERE kind = 'accrual' AND status = 'pending' AND deleted_at IS NULL
          AND order_id IS NOT NULL ${page.after ? "AND order_id > ?" : ""}
        ORDER BY order_id LIMIT ?`,
      [...(page.after ? [page.after] : []), page.limit]
    )
    return rows.map((r) => r.order_id)
  }

  /** A page of ledger entries, the filter's count, and its totals per currency. */
  @InjectManager()
  async listLedger(
    filters: LedgerFilters,
    page: { offset: number; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ entries: LedgerEntryRow[]; count: number; totals: { currency_code: string; amount: string }[] }> {
    const manager = sharedContext.manager as unknown as SqlManager
    const { where, params } = ledgerWhere(filters)
    const entries = await manager.execute(
      `SELECT ${LEDGER_ENTRY_SELECT} FROM commission_entry e WHERE ${where}
        ORDER BY e.created_at DESC, e.id DESC LIMIT ? OFFSET ?`,
      [...params, page.limit, page.offset]
    )
    const totals = await manager.execute(
      `SELECT e.currency_code, sum(e.amount)::text AS amount, count(*)::int AS count
         FROM commission_entry e WHERE ${where}
        GROUP BY e.currency_code ORDER BY e.currency_code`,
      params
    )
    return {
      entries,
      count: totals.reduce((n: number, t: any) => n + Number(t.count), 0),
      totals: totals.map((t: any) => ({ currency_code: t.currency_code, amount: t.amount })),
    }
  }

  /** A dealer's balance per currency and status: sums of its entries. */
  @InjectManager()
  async balances(dealerId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT currency_code,
              coalesce(sum(amount) FILTER (WHERE status = 'pending'), 0)::text AS pending,
              coalesce(sum(amount) FILTER (WHERE status = 'available'), 0)::text AS available,
              coalesce(sum(amount) FILTER (WHERE status = 'reserved'), 0)::text AS reserved,
              coalesce(sum(amount) FILTER (WHERE status = 'paid' AND kind <> 'payout'), 0)::text AS paid,
              coalesce(-sum(amount) FILTER (WHERE kind = 'payout'), 0)::text AS paid_out,
              sum(amount)::text AS total
         FROM commission_entry
        WHERE dealer_id = ? AND deleted_at IS NULL
        GROUP BY currency_code ORDER BY currency_code`,
      [dealerId]
    )
    return rows as CommissionBalance[]
  }

  /**
   * Statement figures of dealers for one time range: opening balance (all
   * entries before it), totals by kind and status of the entries inside it,
   * closing balance. One grouped pass over the ledger's dealer index.
   */
  @InjectManager()
  async periodTotals(
    range: { from: Date; to: Date },
    filters: { dealer_id?: string; currency_code?: string },
    page: { offset: number; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: PeriodTotals[]; count: number }> {
    const manager = sharedContext.manager as unknown as SqlManager
    const conditions = ["deleted_at IS NULL", "created_at < ?"]
    const params: unknown[] = [range.to]
    if (filters.dealer_id) {
      conditions.push("dealer_id = ?")
      params.push(filters.dealer_id)
    }
    if (filters.currency_code) {
      conditions.push("currency_code = ?")
      params.push(filters.currency_code.toLowerCase())
    }
    const inPeriod = "created_at >= ?"
    const sum = (extra: string) =>
      `coalesce(sum(amount) FILTER (WHERE ${inPeriod} AND ${extra}), 0)::text`
    const rows = await manager.execute(
      `SELECT dealer_id, currency_code,
              coalesce(sum(amount) FILTER (WHERE created_at < ?), 0)::text AS opening_balance,
              sum(amount)::text AS closing_balance,
              ${sum("kind = 'accrual'")} AS accrual,
              ${sum("kind = 'reversal'")} AS reversal,
              ${sum("kind = 'adjustment'")} AS adjustment,
              ${sum("kind = 'payout'")} AS payout,
              ${sum("status = 'pending'")} AS pending,
              ${sum("status = 'available'")} AS available,
              ${sum("status = 'reserved'")} AS reserved,
              ${sum("status = 'paid'")} AS paid,
              count(*) FILTER (WHERE ${inPeriod})::int AS entry_count,
              count(*) OVER ()::int AS total_count
         FROM commission_entry
        WHERE ${conditions.join(" AND ")}
        GROUP BY dealer_id, currency_code
        ORDER BY dealer_id, currency_code
        LIMIT ? OFFSET ?`,
      [range.from, ...Array(8).fill(range.from), range.from, ...params, page.limit, page.offset]
    )
    return {
      count: rows[0]?.total_count ?? 0,
      rows: rows.map((r) => ({
        dealer_id: r.dealer_id,
        currency_code: r.currency_code,
        opening_balance: r.opening_balance,
        closing_balance: r.closing_balance,
        by_kind: { accrual: r.accrual, reversal: r.reversal, adjustment: r.adjustment, payout: r.payout },
        by_status: { pending: r.pending, available: r.available, reserved: r.reserved, paid: r.paid },
        entry_count: r.entry_count,
      })),
    }
  }

  /**
   * A dealer's entries of a time range, oldest first, read in keyset pages so
   * an export of any size streams in flat memory. `currency_code` null: in
   * the first of the dealer's currencies (its only one, for a statement that
   * names none), found by the same query with one index probe.
   */
  async *streamEntries(
    filters: { dealer_id: string; currency_code: string | null; from: Date; to: Date },
    batchSize = 1000
  ): AsyncGenerator<LedgerEntryRow> {
    let after: string | null = null
    for (;;) {
      const page = await this.entriesAfter_(filters, after, batchSize)
      for (const row of page) {
        yield row
      }
      if (page.length < batchSize) {
        return
      }
      after = page[page.length - 1].id
    }
  }

  @InjectManager()
  protected async entriesAfter_(
    filters: { dealer_id: string; currency_code: string | null; from: Date; to: Date },
    after: string | null,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LedgerEntryRow[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    // The page after the last row's (created_at, id), its created_at read back exactly: a JS Date
    // keeps milliseconds only, so a cursor made of it repeated rows at each page's edge.
    const keyset = after ? "AND (e.created_at, e.id) > ((SELECT created_at FROM commission_entry WHERE id = ?), ?)" : ""
    const currency =
      filters.currency_code === null
        ? "AND e.currency_code = (SELECT min(currency_code) FROM commission_entry WHERE dealer_id = ? AND deleted_at IS NULL)"
        : "AND e.currency_code = ?"
    return await manager.execute(
      `SELECT ${LEDGER_ENTRY_SELECT} FROM commission_entry e
        WHERE e.dealer_id = ? ${currency} AND e.created_at >= ? AND e.created_at < ?
          AND e.deleted_at IS NULL ${keyset}
        ORDER BY e.created_at, e.id LIMIT ?`,
      [
        filters.dealer_id,
        filters.currency_code === null ? filters.dealer_id : filters.currency_code.toLowerCase(),
        filters.from,
        filters.to,
        ...(after ? [after, after] : []),
        limit,
      ]
    )
  }

  /** Freezes statements of a closed period; one per dealer, currency and period, never rewritten. */
  @InjectTransactionManager()
  async snapshotStatements(
    period: string,
    range: { from: Date; to: Date },
    rows: PeriodTotals[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    if (!rows.length) {
      return 0
    }
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const params: unknown[] = []
    const values = rows.map((r) => {
      params.push(
        generateEntityId(undefined, "cstm"),
        r.dealer_id,
        r.currency_code,
        period,
        range.from,
        range.to,
        r.opening_balance,
        rawBigNumber(r.opening_balance),
        r.closing_balance,
        rawBigNumber(r.closing_balance),
        JSON.stringify({ by_kind: r.by_kind, by_status: r.by_status }),
        r.entry_count
      )
      return "(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?)"
    })
    const inserted = await manager.execute(
      `INSERT INTO commission_statement
         (id, dealer_id, currency_code, period, period_start, period_end, opening_balance, raw_opening_balance,
          closing_balance, raw_closing_balance, totals, entry_count)
       VALUES ${values.join(", ")}
       ON CONFLICT (dealer_id, currency_code, period) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      params
    )
    return inserted.length
  }

  /**
   * Everything a dealer's statement needs besides its entries, in one SQL
   * statement (one index-only pass over the dealer's ledger rows): the
   * currencies it has entries in, per currency the opening balance, the
   * totals by kind and status inside the range and the closing balance, and
   * the month's frozen snapshot when the range is a closed month. Only the
   * asked currency when one is given (then `currencies` lists just those found).
   */
  @InjectManager()
  async dealerStatementFigures(
    dealerId: string,
    range: { period: string | null; from: Date; to: Date },
    currencyCode?: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ currencies: string[]; totals: PeriodTotals[]; snapshots: StatementSnapshot[] }> {
    const manager = sharedContext.manager as unknown as SqlManager
    const currency = currencyCode?.toLowerCase()
    const rows = await manager.execute(
      `WITH ${statementFiguresCtes(!!currency)}
       SELECT ${statementFiguresColumns()} FROM t FULL JOIN s ON s.currency_code = t.currency_code
        ORDER BY 1`,
      statementFiguresParams(dealerId, range, currency)
    )
    return statementFiguresOf(dealerId, rows)
  }

  /**
   * A dealer's whole statement in one SQL statement (queries/dealer-statement.ts):
   * the figures as `dealerStatementFigures` gives them (totals of the
   * statement's currency only, the range's added up from its entries), the
   * range's entries in the API's shape (in the asked currency, else the
   * dealer's first).
   */
  @InjectManager()
  async dealerStatement(
    dealerId: string,
    range: { period: string | null; from: Date; to: Date },
    currencyCode: string | undefined,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{
    figures: { currencies: string[]; totals: PeriodTotals[]; snapshots: StatementSnapshot[] }
    entries: LedgerEntryRow[]
  }> {
    const manager = sharedContext.manager as unknown as SqlManager
    const currency = currencyCode?.toLowerCase()
    const rows = await manager.execute(
      dealerStatementSql({ currency: !!currency, period: !!range.period }),
      dealerStatementParams(dealerId, range, currency)
    )
    return dealerStatementRows(dealerId, rows, currency)
  }

  /** The currencies a dealer has entries in. */
  @InjectManager()
  async dealerCurrencies(dealerId: string, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT DISTINCT currency_code FROM commission_entry WHERE dealer_id = ? AND deleted_at IS NULL ORDER BY currency_code`,
      [dealerId]
    )
    return rows.map((r) => r.currency_code)
  }
}

function ledgerWhere(filters: LedgerFilters) {
  const conditions = ["e.deleted_at IS NULL"]
  const params: unknown[] = []
  const add = (sql: string, value: unknown) => {
    conditions.push(sql)
    params.push(value)
  }
  if (filters.dealer_id) add("e.dealer_id = ?", filters.dealer_id)
  if (filters.status) add("e.status = ?", filters.status)
  if (filters.kind) add("e.kind = ?", filters.kind)
  if (filters.order_id) add("e.order_id = ?", filters.order_id)
  if (filters.currency_code) add("e.currency_code = ?", filters.currency_code.toLowerCase())
  if (filters.from) add("e.created_at >= ?", filters.from)
  if (filters.to) add("e.created_at < ?", filters.to)
  return { where: conditions.join(" AND "), params }
}

export default CommissionModuleService
