import { model } from "@medusajs/framework/utils"
import { LEDGER_ENTRY_STATUSES } from "../../../types/commission"
import { CommissionEntry } from "./commission-entry"

/** A recorded status move of a ledger entry: what moved it, who, and when. */
export const CommissionEntryTransition = model
  .define({ tableName: "commission_entry_transition", name: "CommissionEntryTransition" }, {
    id: model.id({ prefix: "cmtr" }).primaryKey(),
    from_status: model.enum([...LEDGER_ENTRY_STATUSES]),
    to_status: model.enum([...LEDGER_ENTRY_STATUSES]),
    /** "matured", "matured_manually", "reserved", "paid", "released", "follows_accrual". */
    reason: model.text(),
    /** An admin user id, or null when the system (a job or an event) moved it. */
    actor_id: model.text().nullable(),
    /** The payout that reserved, paid or released the entry. */
    payout_id: model.text().nullable(),
    entry: model.belongsTo(() => CommissionEntry, { mappedBy: "transitions" }),
  })
  .indexes([{ on: ["payout_id", "to_status"], where: "payout_id IS NOT NULL" }])
