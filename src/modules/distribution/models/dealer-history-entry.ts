import { model } from "@medusajs/framework/utils"
import { DEALER_HISTORY_ACTIONS } from "../../../types/dealer-history-action"
import { Dealer } from "./dealer"

/**
 * Append-only history of a dealer: joining, moves in the tree, tier and
 * status changes — who, when, from what, to what, and why.
 */
export const DealerHistoryEntry = model
  .define({ tableName: "distribution_dealer_history", name: "DealerHistoryEntry" }, {
    id: model.id({ prefix: "dhist" }).primaryKey(),
    action: model.enum(DEALER_HISTORY_ACTIONS),
    /** Parent dealer id, tier id or status before / after the change. */
    from_value: model.text().nullable(),
    to_value: model.text().nullable(),
    reason: model.text().nullable(),
    /** The admin user or customer who made the change; null for the system. */
    actor_id: model.text().nullable(),
    metadata: model.json().nullable(),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "history" }),
  })
  .indexes([{ on: ["dealer_id", "created_at"] }])
