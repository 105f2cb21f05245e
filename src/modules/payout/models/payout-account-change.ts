import { model } from "@medusajs/framework/utils"

/** A recorded change of a payout account: who (the dealer or an admin), when, before and after (masked). */
export const PayoutAccountChange = model
  .define({ tableName: "payout_account_change", name: "PayoutAccountChange" }, {
    id: model.id({ prefix: "poach" }).primaryKey(),
    account_id: model.text(),
    dealer_id: model.text(),
    provider_id: model.text(),
    /** "created", "updated", "verified", "locked", "unlocked". */
    action: model.text(),
    actor_type: model.enum(["customer", "user", "system"]),
    actor_id: model.text().nullable(),
    before: model.json().nullable(),
    after: model.json().nullable(),
  })
  .indexes([{ on: ["dealer_id", "created_at"] }])
