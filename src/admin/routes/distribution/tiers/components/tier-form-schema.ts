import type { TFunction } from "i18next"
import { z } from "zod"

import { AdminCreateDealerTier, AdminDealerTier } from "../../../../types/tier"

// The API's tier code rule.
const TIER_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/

export const createTierFormSchema = (t: TFunction) =>
  z.object({
    code: z.string().trim().regex(TIER_CODE_PATTERN, t("distribution.validation.tierCode")),
    name_en: z.string().trim().min(1, t("distribution.validation.required")),
    name_zh: z.string().trim().min(1, t("distribution.validation.required")),
    // Kept as text while typing; must read as a whole number from 1 to 99.
    rank: z
      .string()
      .trim()
      .refine((value) => {
        const rank = Number(value)
        return /^\d+$/.test(value) && rank >= 1 && rank <= 99
      }, t("distribution.validation.rankRange")),
    description: z.string(),
  })

export type TierFormValues = z.infer<ReturnType<typeof createTierFormSchema>>

export const tierFormDefaults = (tier?: AdminDealerTier | null): TierFormValues => ({
  code: tier?.code ?? "",
  name_en: tier?.name_en ?? "",
  name_zh: tier?.name_zh ?? "",
  rank: tier ? String(tier.rank) : "",
  description: tier?.description ?? "",
})

export const toTierPayload = (values: TierFormValues): AdminCreateDealerTier => ({
  code: values.code.trim(),
  name_en: values.name_en.trim(),
  name_zh: values.name_zh.trim(),
  rank: Number(values.rank),
  description: values.description.trim() || null,
})
