import type { TFunction } from "i18next"
import { z } from "zod"

import { AdminDealer, DealerProfileFields } from "../../../../../types/dealer"

// Same rule as the API's validator, so the form catches it before a round trip.
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,19}$/

/**
 * The profile and contract fields shared by the create and edit forms. A
 * shape rather than a schema: zod cannot extend an object once it carries the
 * contract-dates refinement, so each form builds its own object and refines it.
 */
export const dealerProfileShape = (t: TFunction) => ({
  display_name: z
    .string()
    .trim()
    .min(1, t("distribution.validation.required")),
  company_name: z.string(),
  contact_name: z.string(),
  phone: z.union([
    z.literal(""),
    z.string().trim().regex(PHONE_PATTERN, t("distribution.validation.phone")),
  ]),
  email: z.union([
    z.literal(""),
    z.string().trim().email(t("distribution.validation.email")),
  ]),
  region: z.string(),
  address: z.string(),
  contract_number: z.string(),
  contract_start_at: z.date().nullable(),
  contract_end_at: z.date().nullable(),
})

type ContractDates = {
  contract_start_at: Date | null
  contract_end_at: Date | null
}

/** A contract cannot end before it starts. */
export const refineContractDates =
  (t: TFunction) => (values: ContractDates, ctx: z.RefinementCtx) => {
    const { contract_start_at: start, contract_end_at: end } = values
    if (start && end && end.getTime() < start.getTime()) {
      ctx.addIssue({
        code: "custom",
        path: ["contract_end_at"],
        message: t("distribution.validation.contractDates"),
      })
    }
  }

export type DealerProfileFormValues = {
  [K in keyof DealerProfileFields]: K extends
    | "contract_start_at"
    | "contract_end_at"
    ? Date | null
    : string
}

/** Form values for an existing dealer, or blanks for a new one. */
export const dealerProfileDefaults = (
  dealer?: AdminDealer
): DealerProfileFormValues => ({
  display_name: dealer?.display_name ?? "",
  company_name: dealer?.company_name ?? "",
  contact_name: dealer?.contact_name ?? "",
  phone: dealer?.phone ?? "",
  email: dealer?.email ?? "",
  region: dealer?.region ?? "",
  address: dealer?.address ?? "",
  contract_number: dealer?.contract_number ?? "",
  contract_start_at: dealer?.contract_start_at
    ? new Date(dealer.contract_start_at)
    : null,
  contract_end_at: dealer?.contract_end_at
    ? new Date(dealer.contract_end_at)
    : null,
})

/**
 * Form values as API fields: trimmed, dates as ISO strings, and blanks as
 * `null` so clearing a field in the edit form clears it on the dealer.
 */
export const toDealerProfilePayload = (
  values: Partial<DealerProfileFormValues>
): Partial<DealerProfileFields> => {
  const payload: Record<string, string | null> = {}
  for (const [key, value] of Object.entries(values)) {
    if (value instanceof Date) {
      payload[key] = value.toISOString()
    } else if (typeof value === "string") {
      payload[key] = value.trim() === "" ? null : value.trim()
    } else if (value === null) {
      payload[key] = null
    }
  }
  return payload as Partial<DealerProfileFields>
}
