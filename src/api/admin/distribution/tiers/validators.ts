import { z } from "@medusajs/framework/zod"
import { findParams } from "../../../shared/find-params"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetDealerTierParams = createSelectParams()
export type AdminGetDealerTierParamsType = z.infer<typeof AdminGetDealerTierParams>

export const AdminGetDealerTiersParams = z.strictObject({
  ...findParams({ limit: 50, offset: 0, order: "rank" }),
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  code: z.union([z.string(), z.array(z.string())]).optional(),
})
export type AdminGetDealerTiersParamsType = z.infer<typeof AdminGetDealerTiersParams>

const tierCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, "Use 1 to 32 letters, digits, '-' or '_'.")

export const AdminCreateDealerTier = z.strictObject({
  code: tierCode,
  name_en: z.string().trim().min(1).max(100),
  name_zh: z.string().trim().min(1).max(100),
  rank: z.number().int().min(1).max(99),
  description: z.string().max(2000).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
})
export type AdminCreateDealerTierType = z.infer<typeof AdminCreateDealerTier>

export const AdminUpdateDealerTier = AdminCreateDealerTier.partial()
export type AdminUpdateDealerTierType = z.infer<typeof AdminUpdateDealerTier>
