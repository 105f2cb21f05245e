import { z } from "@medusajs/framework/zod"
import { findParams } from "../../../shared/find-params"
import {
  createOperatorMap,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { DEALER_STATUSES } from "../../../../types/dealer-status"

const stringOrList = z.union([z.string(), z.array(z.string())])

export const AdminGetDealerParams = createSelectParams()
export type AdminGetDealerParamsType = z.infer<typeof AdminGetDealerParams>

export const AdminGetDealersParams = z.strictObject({
  ...findParams({ limit: 20, offset: 0, order: "-created_at" }),
  q: z.string().optional(),
  id: stringOrList.optional(),
  code: stringOrList.optional(),
  status: z.union([z.enum(DEALER_STATUSES), z.array(z.enum(DEALER_STATUSES))]).optional(),
  tier_id: stringOrList.optional(),
  parent_id: stringOrList.optional(),
  customer_id: stringOrList.optional(),
  depth: z.union([z.coerce.number().int().min(1), createOperatorMap(z.coerce.number())]).optional(),
  created_at: createOperatorMap().optional(),
  updated_at: createOperatorMap().optional(),
})
export type AdminGetDealersParamsType = z.infer<typeof AdminGetDealersParams>

const optionalText = (max: number) => z.string().trim().max(max).nullish()
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{4,19}$/, "Use 5 to 20 digits, optionally with a leading + and spaces or dashes.")

const profileFields = {
  display_name: z.string().trim().min(1).max(100),
  company_name: optionalText(200),
  contact_name: optionalText(100),
  phone: phone.nullish(),
  email: z.string().trim().email().nullish(),
  region: optionalText(200),
  address: optionalText(500),
  contract_number: optionalText(100),
  contract_start_at: z.coerce.date().nullish(),
  contract_end_at: z.coerce.date().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

const contractDatesInOrder = (d: { contract_start_at?: Date | null; contract_end_at?: Date | null }) =>
  !d.contract_start_at || !d.contract_end_at || d.contract_end_at >= d.contract_start_at
const contractDatesMessage = {
  message: "contract_end_at must not be before contract_start_at.",
  path: ["contract_end_at"],
}

export const AdminCreateDealer = z
  .strictObject({
    customer_id: z.string().min(1),
    tier_id: z.string().min(1),
    parent_id: z.string().min(1).nullish(),
    code: z.string().trim().min(3).max(32).nullish(),
    status: z.enum(["pending", "active"]).optional(),
    ...profileFields,
  })
  .refine(contractDatesInOrder, contractDatesMessage)
export type AdminCreateDealerType = z.infer<typeof AdminCreateDealer>

export const AdminUpdateDealer = z
  .strictObject({
    tier_id: z.string().min(1).optional(),
    reason: z.string().trim().max(500).nullish(),
    ...profileFields,
    display_name: profileFields.display_name.optional(),
  })
  .refine(contractDatesInOrder, contractDatesMessage)
export type AdminUpdateDealerType = z.infer<typeof AdminUpdateDealer>

export const AdminMoveDealer = z.strictObject({
  /** null places the dealer directly under the producer. */
  parent_id: z.string().min(1).nullable(),
  reason: z.string().trim().max(500).nullish(),
})
export type AdminMoveDealerType = z.infer<typeof AdminMoveDealer>

export const AdminDealerStatusChange = z.strictObject({
  reason: z.string().trim().max(500).nullish(),
})
export type AdminDealerStatusChangeType = z.infer<typeof AdminDealerStatusChange>

/** Dealers the downline tree returns by default, and at most (a tree the admin can render). */
export const DOWNLINE_DEFAULT_LIMIT = 2000
export const DOWNLINE_MAX_LIMIT = 20000

export const AdminGetDealerDownlineParams = z.strictObject({
  depth: z.coerce.number().int().min(1).max(10).optional(),
  /** At most this many dealers, level by level; `truncated` says when the downline has more. */
  limit: z.coerce.number().int().min(1).max(DOWNLINE_MAX_LIMIT).optional(),
})
export type AdminGetDealerDownlineParamsType = z.infer<typeof AdminGetDealerDownlineParams>

export const AdminGetDealerHistoryParams = z.strictObject({
  ...findParams({ limit: 50, offset: 0, order: "-created_at" }),
})
export type AdminGetDealerHistoryParamsType = z.infer<typeof AdminGetDealerHistoryParams>

export const AdminGetDealerGraphParams = z.strictObject({
  depth: z.coerce.number().int().min(1).max(5).default(2),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminGetDealerGraphParamsType = z.infer<typeof AdminGetDealerGraphParams>
