import { model } from "@medusajs/framework/utils"
import { PAYOUT_STATUSES } from "../../../types/payout"
import { PayoutBatch } from "./payout-batch"

/**
 * One transfer of money to one dealer. Its id (without the underscore) is
 * the provider's request number (`out_bill_no`), so sending it again can
 * never pay twice; a retry after a confirmed failure is a new payout with a
 * new id (`retry_of_id`). The account it pays is a snapshot taken when the
 * batch was made, so editing an account never redirects money in flight.
 */
export const Payout = model
  .define({ tableName: "payout", name: "Payout" }, {
    id: model.id({ prefix: "po" }).primaryKey(),
    dealer_id: model.text(),
    account_id: model.text().nullable(),
    account_snapshot: model.json().nullable(),
    provider_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    status: model.enum([...PAYOUT_STATUSES]).default("draft"),
    out_bill_no: model.text(),
    provider_state: model.text().nullable(),
    provider_reference: model.text().nullable(),
    package_info: model.text().nullable(),
    failure_reason: model.text().nullable(),
    /** Manual payouts: the bank reference the admin typed when marking it paid. */
    reference: model.text().nullable(),
    /** The last answer was unknown (timeout, 5xx, unverifiable): ask the provider before anything else. */
    needs_query: model.boolean().default(false),
    last_error: model.text().nullable(),
    /** Create-transfer calls made (all with the same out_bill_no). */
    attempts: model.number().default(0),
    retry_of_id: model.text().nullable(),
    /** Set once the ledger has been settled (paid) or released (failed/canceled) for this payout. */
    ledger_synced_at: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    batch: model.belongsTo(() => PayoutBatch, { mappedBy: "payouts" }),
  })
  .indexes([
    { on: ["out_bill_no"], unique: true },
    { on: ["retry_of_id"], unique: true, where: "retry_of_id IS NOT NULL" },
    { on: ["dealer_id", "created_at"] },
    { on: ["status"] },
  ])
