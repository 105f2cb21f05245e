import { model } from "@medusajs/framework/utils"
import {
  REFERRAL_LINK_KINDS,
  REFERRAL_LINK_STATUSES,
  REFERRAL_LINK_TARGETS,
} from "../../../types/referral"
import { Dealer } from "./dealer"

/**
 * A dealer's referral link: its default link (the dealer code) or a campaign
 * link with its own short code, target and optional expiry.
 */
export const ReferralLink = model
  .define({ tableName: "distribution_referral_link", name: "ReferralLink" }, {
    id: model.id({ prefix: "rlink" }).primaryKey(),
    code: model.text().searchable(),
    kind: model.enum([...REFERRAL_LINK_KINDS]).default("campaign"),
    name: model.text().searchable().nullable(),
    target_type: model.enum([...REFERRAL_LINK_TARGETS]).default("home"),
    target_id: model.text().nullable(),
    /** The product's or collection's handle, for the storefront URL. */
    target_handle: model.text().nullable(),
    expires_at: model.dateTime().nullable(),
    status: model.enum([...REFERRAL_LINK_STATUSES]).default("active"),
    metadata: model.json().nullable(),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "links" }),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["dealer_id", "kind"] },
  ])
