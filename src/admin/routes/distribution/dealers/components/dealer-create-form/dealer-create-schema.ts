import type { TFunction } from "i18next"
import { z } from "zod"

import { OPTIONAL_DEALER_CODE_PATTERN } from "../../../../../lib/dealer-code-pattern"

import {
  dealerProfileShape,
  refineContractDates,
} from "../dealer-profile-form/dealer-profile-schema"

export const createDealerCreateSchema = (t: TFunction) =>
  z
    .object({
      customer_id: z.string().min(1, t("distribution.validation.required")),
      tier_id: z.string().min(1, t("distribution.validation.required")),
      parent_id: z.string().optional(),
      code: z
        .string()
        .trim()
        .regex(OPTIONAL_DEALER_CODE_PATTERN, t("distribution.validation.dealerCode")),
      ...dealerProfileShape(t),
    })
    .superRefine(refineContractDates(t))

export type DealerCreateFormValues = z.infer<
  ReturnType<typeof createDealerCreateSchema>
>
