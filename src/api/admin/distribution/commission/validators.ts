import { z } from "@medusajs/framework/zod"
import {
  CommissionRuleInput,
  currencyCode,
  decimalString,
  LedgerListQuery,
  period,
} from "../../../shared/commission-validators"

export const AdminSaveCommissionPlan = z.strictObject({
  rules: z.array(CommissionRuleInput).max(200),
})
export type AdminSaveCommissionPlanType = z.infer<typeof AdminSaveCommissionPlan>

export const AdminPreviewCommission = z.strictObject({
  /** The unsaved plan to try; the saved plan when absent. */
  rules: z.array(CommissionRuleInput).max(200).optional(),
  dealer_id: z.string().min(1),
  currency_code: currencyCode,
  /** The month's sales before this order (volume tiers); the dealers' real sales when absent. */
  month_sales: decimalString.optional(),
  lines: z
    .array(
      z.strictObject({
        title: z.string().trim().max(200).optional(),
        product_id: z.string().min(1).optional(),
        collection_id: z.string().min(1).optional(),
        category_ids: z.array(z.string().min(1)).max(50).optional(),
        quantity: z.number().int().min(1).max(100000),
        unit_price: decimalString,
        discount: decimalString.optional(),
      })
    )
    .min(1)
    .max(100),
})
export type AdminPreviewCommissionType = z.infer<typeof AdminPreviewCommission>

export const AdminMatureOrder = z.strictObject({
  skip_hold: z.boolean().default(false),
})

export const AdminMatureAll = z.strictObject({})

export const AdminLedgerListQuery = LedgerListQuery.extend({ dealer_id: z.string().min(1).optional() }).strict()

export const AdminCreateAdjustment = z.strictObject({
  dealer_id: z.string().min(1),
  amount: decimalString.refine((v) => !/^-?0*(\.0*)?$/.test(v), "An adjustment cannot be zero."),
  currency_code: currencyCode,
  reason: z.string().trim().min(3, "Give a reason of at least 3 characters.").max(500),
  /** A client-chosen key so a retried request records the adjustment once. */
  idempotency_key: z.string().trim().min(8).max(100).optional(),
})
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>

export const AdminListStatementsQuery = z.strictObject({
  period: period.optional(),
  dealer_id: z.string().min(1).optional(),
  currency_code: currencyCode.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListStatementsQueryType = z.infer<typeof AdminListStatementsQuery>
