import { model } from "@medusajs/framework/utils"
import { BINDING_SOURCES } from "../../../types/referral"

/**
 * 绑定关系: a customer bound to the dealer who brought them. At most one
 * current binding per customer; a rebinding ends the current row and starts
 * a new one, so the rows are the binding history.
 */
export const CustomerBinding = model
  .define({ tableName: "distribution_customer_binding", name: "CustomerBinding" }, {
    id: model.id({ prefix: "cbind" }).primaryKey(),
    customer_id: model.text(),
    dealer_id: model.text(),
    link_id: model.text().nullable(),
    source: model.enum([...BINDING_SOURCES]),
    /** The order that bound the customer, when `source` is `order`. */
    order_id: model.text().nullable(),
    bound_at: model.dateTime(),
    expires_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    end_reason: model.text().nullable(),
    actor_id: model.text().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "ended_at IS NULL AND deleted_at IS NULL" },
    { on: ["dealer_id"], where: "ended_at IS NULL AND deleted_at IS NULL" },
  ])
