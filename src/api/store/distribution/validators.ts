import { z } from "@medusajs/framework/zod"
import { currencyCode } from "../../shared/commission-validators"

const optionalText = (max: number) => z.string().trim().max(max).nullish()

export const StoreCreateDealerApplication = z.strictObject({
  company_name: optionalText(200),
  contact_name: z.string().trim().min(1).max(100),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{4,19}$/, "Use 5 to 20 digits, optionally with a leading + and spaces or dashes."),
  email: z.string().trim().email().nullish(),
  region: optionalText(200),
  address: optionalText(500),
  requested_tier_id: z.string().min(1).nullish(),
  /** The code of the dealer the applicant wants as its upline. */
  desired_parent_code: z.string().trim().min(3).max(32).nullish(),
  message: optionalText(2000),
})
export type StoreCreateDealerApplicationType = z.infer<typeof StoreCreateDealerApplication>

export const StoreEmptyQuery = z.strictObject({})

export const StoreListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListQueryType = z.infer<typeof StoreListQuery>

/** A dealer's statement of one month (the month is in the path). */
export const StoreStatementQuery = z.strictObject({
  currency_code: currencyCode.optional(),
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
})
