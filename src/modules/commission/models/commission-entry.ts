import { model } from "@medusajs/framework/utils"
import { LEDGER_ENTRY_KINDS, LEDGER_ENTRY_STATUSES } from "../../../types/commission"
import { CommissionEntryTransition } from "./commission-entry-transition"

/**
 * One line of a dealer's commission ledger. Append-only: the amount is never
 * changed and rows are never deleted; a correction is a new entry (a
 * reversal or an adjustment). Only `status` moves (pending → available →
 * paid), and every move is recorded as a transition. Balances are sums.
 *
 * `idempotency_key` is unique: the same accrual, reversal or adjustment can
 * be written any number of times (repeated events, retried workflows, two
 * workers) and exists once.
 */
export const CommissionEntry = model
  .define({ tableName: "commission_entry", name: "CommissionEntry" }, {
    id: model.id({ prefix: "cment" }).primaryKey(),
    dealer_id: model.text(),
    kind: model.enum([...LEDGER_ENTRY_KINDS]),
    status: model.enum([...LEDGER_ENTRY_STATUSES]),
    /** Signed: reversals and payouts are negative. */
    amount: model.bigNumber(),
    currency_code: model.text(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    line_item_id: model.text().nullable(),
    product_title: model.text().nullable(),
    level: model.number().nullable(),
    base: model.bigNumber().nullable(),
    rate: model.bigNumber().nullable(),
    rule_id: model.text().nullable(),
    rule_type: model.text().nullable(),
    /** A reversal's accrual. */
    reverses_entry_id: model.text().nullable(),
    payout_id: model.text().nullable(),
    /** Why: an adjustment's mandatory reason, or what a reversal follows. */
    reason: model.text().nullable(),
    /** The admin user who wrote it (adjustments). */
    created_by: model.text().nullable(),
    idempotency_key: model.text(),
    transitions: model.hasMany(() => CommissionEntryTransition, { mappedBy: "entry" }),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    // (dealer_id, currency_code, created_at) INCLUDE (amount, status, kind) and
    // (created_at, id) are written by hand in the migrations: the model can't say INCLUDE.
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["reverses_entry_id"], where: "reverses_entry_id IS NOT NULL" },
    { on: ["status", "kind"] },
  ])
