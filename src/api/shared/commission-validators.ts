import { z } from "@medusajs/framework/zod"
import { COMMISSION_RULE_SCOPES, COMMISSION_RULE_TYPES, LEDGER_ENTRY_KINDS, LEDGER_ENTRY_STATUSES } from "../../types/commission"

/**
 * An exact decimal, as a string (or a JSON number, taken as written):
 * "12.30", "-5", "0.075". No exponents, NaN or Infinity — money is never a float.
 */
export const decimalString = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^-?\d{1,15}(\.\d{1,10})?$/.test(v), {
    message: "Expected a decimal such as 12.30 (up to 15 digits, 10 decimals, no exponent).",
  })

export const currencyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, "Expected a three-letter ISO currency code such as cny.")
  .transform((v) => v.toLowerCase())

const id = z.string().trim().min(1).max(100)

export const CommissionRuleInput = z.strictObject({
  id: id.nullish(),
  name: z.string().trim().max(200).nullish(),
  scope_type: z.enum(COMMISSION_RULE_SCOPES),
  scope_id: id.nullish(),
  tier_id: id.nullish(),
  level: z.number().int().min(1).max(10),
  type: z.enum(COMMISSION_RULE_TYPES),
  rate: decimalString.nullish(),
  amount: decimalString.nullish(),
  currency_code: currencyCode.nullish(),
  volume_tiers: z
    .array(z.strictObject({ from: decimalString, rate: decimalString }))
    .max(20)
    .nullish(),
  is_active: z.boolean().default(true),
})
export type CommissionRuleInputType = z.infer<typeof CommissionRuleInput>

/** A rule as the plan and the split read it: absent optional fields become null. */
export const normalizeRule = (r: CommissionRuleInputType) => ({
  id: r.id ?? null,
  name: r.name ?? null,
  scope_type: r.scope_type,
  scope_id: r.scope_id ?? null,
  tier_id: r.tier_id ?? null,
  level: r.level,
  type: r.type,
  rate: r.rate ?? null,
  amount: r.amount ?? null,
  currency_code: r.currency_code ?? null,
  volume_tiers: r.volume_tiers ?? null,
  is_active: r.is_active,
})

const isoDate = z.coerce.date().refine((d) => !isNaN(d.getTime()), "Expected a date such as 2026-11-01.")

export const LedgerListQuery = z.strictObject({
  status: z.enum(LEDGER_ENTRY_STATUSES).optional(),
  kind: z.enum(LEDGER_ENTRY_KINDS).optional(),
  order_id: id.optional(),
  currency_code: currencyCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type LedgerListQueryType = z.infer<typeof LedgerListQuery>

export const period = z
  .string()
  .regex(/^2\d{3}-(0[1-9]|1[0-2])$/, "Expected a month as YYYY-MM, e.g. 2026-11.")

/** A statement's range: a month, or any dates (to exclusive); the current month by default. */
export const StatementQuery = z
  .strictObject({
    period: period.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    currency_code: currencyCode.optional(),
    format: z.enum(["json", "csv", "xlsx"]).default("json"),
  })
  .refine((q) => !(q.period && (q.from || q.to)), { message: "Give either period or from/to, not both." })
  .refine((q) => !!q.from === !!q.to, { message: "from and to go together." })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: "from must be before to." })
export type StatementQueryType = z.infer<typeof StatementQuery>
