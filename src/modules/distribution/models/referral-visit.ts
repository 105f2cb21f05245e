import { model } from "@medusajs/framework/utils"
import { REFERRAL_TOUCH_SOURCES } from "../../../types/referral"

/**
 * One touch of a referral: a visit through a link or a code typed at checkout.
 * The cart's attribution is decided from these, by the server, at each touch
 * and finally when the order is placed. Append-only.
 */
export const ReferralVisit = model
  .define({ tableName: "distribution_referral_visit", name: "ReferralVisit" }, {
    id: model.id({ prefix: "rvisit" }).primaryKey(),
    link_id: model.text(),
    dealer_id: model.text(),
    code: model.text(),
    source: model.enum([...REFERRAL_TOUCH_SOURCES]).default("link"),
    cart_id: model.text().nullable(),
    visitor_token: model.text().nullable(),
    customer_id: model.text().nullable(),
    user_agent: model.text().nullable(),
    /** SHA-256 of the client IP with the plugin's salt; the IP itself is never stored. */
    ip_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], where: "cart_id IS NOT NULL" },
    { on: ["visitor_token"], where: "visitor_token IS NOT NULL" },
    { on: ["link_id", "created_at"] },
    { on: ["dealer_id", "created_at"] },
  ])
