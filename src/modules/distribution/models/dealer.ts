import { model } from "@medusajs/framework/utils"
import { DEALER_STATUSES, DealerStatus } from "../../../types/dealer-status"
import { DealerHistoryEntry } from "./dealer-history-entry"
import { DealerTier } from "./dealer-tier"
import { ReferralLink } from "./referral-link"

/**
 * A dealer of the network: a Medusa customer with a dealer profile.
 *
 * The upline tree is a materialized path of dealer ids (`dlr_a/dlr_b/`, the
 * dealer's own id last) plus its depth, so the whole upline is one indexed
 * lookup and a whole downline one indexed prefix range.
 */
export const Dealer = model
  .define({ tableName: "distribution_dealer", name: "Dealer" }, {
    id: model.id({ prefix: "dlr" }).primaryKey(),
    code: model.text().searchable(),
    display_name: model.text().searchable(),
    company_name: model.text().searchable().nullable(),
    contact_name: model.text().nullable(),
    phone: model.text().searchable().nullable(),
    email: model.text().searchable().nullable(),
    region: model.text().nullable(),
    address: model.text().nullable(),
    contract_number: model.text().searchable().nullable(),
    contract_start_at: model.dateTime().nullable(),
    contract_end_at: model.dateTime().nullable(),
    status: model.enum(DEALER_STATUSES).default(DealerStatus.ACTIVE),
    /** The Medusa customer the dealer signs in with (one dealer per customer). */
    customer_id: model.text(),
    path: model.text(),
    /** 1 = directly under the producer. */
    depth: model.number(),
    metadata: model.json().nullable(),
    tier: model.belongsTo(() => DealerTier, { mappedBy: "dealers" }),
    parent: model.belongsTo(() => Dealer, { mappedBy: "children" }).nullable(),
    children: model.hasMany(() => Dealer, { mappedBy: "parent" }),
    history: model.hasMany(() => DealerHistoryEntry, { mappedBy: "dealer" }),
    links: model.hasMany(() => ReferralLink, { mappedBy: "dealer" }),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
