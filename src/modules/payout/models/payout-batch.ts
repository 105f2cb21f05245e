import { model } from "@medusajs/framework/utils"
import { PAYOUT_BATCH_SOURCES, PAYOUT_BATCH_STATUSES } from "../../../types/payout"
import { Payout } from "./payout"

/**
 * A set of payouts in one currency through one provider: draft (reviewable,
 * dealers removable) → approved (by an admin, recorded) → processing →
 * completed or partially_failed; a draft or approved batch can be canceled.
 * Its totals and progress are sums over its payouts, never stored twice.
 */
export const PayoutBatch = model
  .define({ tableName: "payout_batch", name: "PayoutBatch" }, {
    id: model.id({ prefix: "pobat" }).primaryKey(),
    currency_code: model.text(),
    provider_id: model.text(),
    status: model.enum([...PAYOUT_BATCH_STATUSES]).default("draft"),
    source: model.enum([...PAYOUT_BATCH_SOURCES]),
    note: model.text().nullable(),
    /** `schedule:{month}:{currency}:{provider}`: one scheduled batch per month, however often the job runs. */
    schedule_key: model.text().nullable(),
    created_by: model.text().nullable(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    canceled_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    payouts: model.hasMany(() => Payout, { mappedBy: "batch" }),
  })
  .indexes([
    { on: ["schedule_key"], unique: true, where: "schedule_key IS NOT NULL" },
    { on: ["status", "created_at"] },
  ])
