import { z } from "@medusajs/framework/zod"
import { PAYOUT_ACCOUNT_STATUSES, PAYOUT_BATCH_SOURCES, PAYOUT_BATCH_STATUSES, PAYOUT_STATUSES } from "../../types/payout"
import { currencyCode } from "./commission-validators"

const id = z.string().trim().min(1).max(100)
const providerId = z.string().trim().regex(/^[a-z][a-z0-9_-]{0,31}$/, "Expected a payout provider id such as wechatpay.")
const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
const text = (max: number) => z.string().trim().min(1).max(max)

export const PayoutBatchListQuery = z.strictObject({
  status: z.enum(PAYOUT_BATCH_STATUSES).optional(),
  currency_code: currencyCode.optional(),
  provider_id: providerId.optional(),
  source: z.enum(PAYOUT_BATCH_SOURCES).optional(),
  ...page,
})
export type PayoutBatchListQueryType = z.infer<typeof PayoutBatchListQuery>

export const CreatePayoutBatchBody = z.strictObject({
  currency_code: currencyCode,
  provider_id: providerId,
  dealer_ids: z.array(id).min(1).max(1000).optional(),
  note: z.string().trim().max(500).nullish(),
})
export type CreatePayoutBatchBodyType = z.infer<typeof CreatePayoutBatchBody>

export const PayoutListQuery = z.strictObject({
  batch_id: id.optional(),
  dealer_id: id.optional(),
  status: z.enum(PAYOUT_STATUSES).optional(),
  ...page,
})
export type PayoutListQueryType = z.infer<typeof PayoutListQuery>

export const StorePayoutListQuery = z.strictObject({
  status: z.enum(PAYOUT_STATUSES).optional(),
  ...page,
})

export const ExportQuery = z.strictObject({ format: z.enum(["csv", "xlsx"]).default("csv") })

export const MarkPayoutPaidBody = z.strictObject({ reference: text(200) })
export const MarkPayoutFailedBody = z.strictObject({ reason: text(500) })
export const LockPayoutAccountBody = z.strictObject({ reason: text(500) })
export const EmptyBody = z.strictObject({})

/** A WeChat openid: 28 or so URL-safe characters, issued per appid. */
const openid = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, "Expected the openid WeChat gives your storefront's app (letters, digits, - and _).")
const personName = z.string().trim().min(1).max(100)
const accountNumber = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .refine((v) => /^\d{8,34}$/.test(v), "Expected a bank account number of 8 to 34 digits.")

export const WechatPayoutAccountBody = z.strictObject({
  provider_id: z.literal("wechatpay"),
  openid,
  /** Needed for transfers of 2,000 CNY or more (WeChat checks it against the openid's real name). */
  real_name: personName.nullish(),
})
export const ManualPayoutAccountBody = z.strictObject({
  provider_id: z.literal("manual"),
  bank_name: text(100),
  account_holder: personName,
  account_number: accountNumber,
})
export const PayoutAccountBody = z.discriminatedUnion("provider_id", [WechatPayoutAccountBody, ManualPayoutAccountBody])
export type PayoutAccountBodyType = z.infer<typeof PayoutAccountBody>

export const WithdrawalBody = z.strictObject({
  currency_code: currencyCode,
  provider_id: providerId.optional(),
})

export const PayoutAccountStatusFilter = z.enum(PAYOUT_ACCOUNT_STATUSES)
