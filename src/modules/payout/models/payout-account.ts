import { model } from "@medusajs/framework/utils"
import { PAYOUT_ACCOUNT_STATUSES } from "../../../types/payout"

/**
 * Where a dealer is paid by one provider: WeChat (the dealer's openid under
 * the merchant's appid, and real name, needed from 2,000 CNY) or a bank
 * account paid by hand. One per dealer and provider; every change is kept in
 * `payout_account_change`. A locked account is skipped by payout batches.
 */
export const PayoutAccount = model
  .define({ tableName: "payout_account", name: "PayoutAccount" }, {
    id: model.id({ prefix: "poacc" }).primaryKey(),
    dealer_id: model.text(),
    provider_id: model.text(),
    status: model.enum([...PAYOUT_ACCOUNT_STATUSES]).default("unverified"),
    openid: model.text().nullable(),
    real_name: model.text().nullable(),
    bank_name: model.text().nullable(),
    account_holder: model.text().nullable(),
    account_number: model.text().nullable(),
    lock_reason: model.text().nullable(),
    verified_at: model.dateTime().nullable(),
    verified_by: model.text().nullable(),
    locked_at: model.dateTime().nullable(),
    locked_by: model.text().nullable(),
  })
  .indexes([{ on: ["dealer_id", "provider_id"], unique: true }])
