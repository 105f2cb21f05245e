import { model } from "@medusajs/framework/utils"

/**
 * A closed month of a dealer's statement (对账单), frozen by the monthly job:
 * later reversals land in the next month instead of rewriting this one.
 */
export const CommissionStatement = model
  .define({ tableName: "commission_statement", name: "CommissionStatement" }, {
    id: model.id({ prefix: "cstm" }).primaryKey(),
    dealer_id: model.text(),
    currency_code: model.text(),
    /** YYYY-MM in the merchant's time zone. */
    period: model.text(),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    opening_balance: model.bigNumber(),
    closing_balance: model.bigNumber(),
    /** { by_kind: {...}, by_status: {...} } as decimal strings. */
    totals: model.json(),
    entry_count: model.number(),
  })
  .indexes([
    { on: ["dealer_id", "currency_code", "period"], unique: true },
    { on: ["period"] },
  ])
