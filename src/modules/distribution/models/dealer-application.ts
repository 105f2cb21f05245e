import { model } from "@medusajs/framework/utils"
import {
  DEALER_APPLICATION_STATUSES,
  DealerApplicationStatus,
} from "../../../types/dealer-application-status"

/** A signed-in customer's request to become a dealer, reviewed by the admin. */
export const DealerApplication = model
  .define({ tableName: "distribution_dealer_application", name: "DealerApplication" }, {
    id: model.id({ prefix: "dapp" }).primaryKey(),
    customer_id: model.text(),
    company_name: model.text().searchable().nullable(),
    contact_name: model.text().searchable(),
    phone: model.text().searchable(),
    email: model.text().searchable().nullable(),
    region: model.text().nullable(),
    address: model.text().nullable(),
    requested_tier_id: model.text().nullable(),
    /** The upline the applicant asked for, by dealer code, resolved at submission. */
    desired_parent_code: model.text().nullable(),
    desired_parent_id: model.text().nullable(),
    message: model.text().nullable(),
    status: model.enum(DEALER_APPLICATION_STATUSES).default(DealerApplicationStatus.PENDING),
    rejection_reason: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    /** The dealer created when the application was approved. */
    dealer_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    // One open application per customer, enforced by the database.
    { on: ["customer_id"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])
