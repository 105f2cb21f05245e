import { z } from "@medusajs/framework/zod"
import { COMMISSION_GROUPS, SALES_GROUPS } from "../../../../lib/reporting/report-sql"
import { REPORT_PERIOD_PATTERN } from "../../../../lib/reporting/periods"
import { currencyCode } from "../../../shared/commission-validators"

const id = z.string().trim().min(1).max(100)

/** The period fields every report takes; `reportPeriodOrThrow` reads them on the merchant's calendar. */
export const reportPeriodFields = {
  period: z
    .string()
    .trim()
    .regex(
      REPORT_PERIOD_PATTERN,
      "Expected a period such as 2026-11, 2026-Q4, 2026, this_month, last_30_days or custom (with from and to)."
    )
    .optional(),
  from: z.string().trim().min(1).max(40).optional(),
  to: z.string().trim().min(1).max(40).optional(),
}

const reportFields = {
  ...reportPeriodFields,
  currency_code: currencyCode.optional(),
  /** The page on screen; downloads (`format=csv|xlsx`) ignore limit and offset and hold every row. */
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
}

export const AdminSalesReportQuery = z.strictObject({
  group_by: z.enum(SALES_GROUPS).default("month"),
  dealer_id: id.optional(),
  tier_id: id.optional(),
  region_id: id.optional(),
  ...reportFields,
})
export type AdminSalesReportQueryType = z.infer<typeof AdminSalesReportQuery>

export const AdminCommissionReportQuery = z.strictObject({
  group_by: z.enum(COMMISSION_GROUPS).default("dealer"),
  dealer_id: id.optional(),
  ...reportFields,
})
export type AdminCommissionReportQueryType = z.infer<typeof AdminCommissionReportQuery>
