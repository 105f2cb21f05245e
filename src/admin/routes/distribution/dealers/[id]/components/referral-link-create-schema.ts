import type { TFunction } from "i18next"
import { z } from "zod"

import { AdminCreateReferralLink } from "../../../../../types/referral-link"

const startOfToday = () => {
  const today = new Date()
  today.setHours(0, 0, 0, 0)
  return today
}

/** A campaign link: a name, where it lands, and optionally its last valid day. */
export const referralLinkCreateSchema = (t: TFunction) =>
  z
    .object({
      name: z.string().trim().min(1, t("distribution.validation.required")).max(100, t("distribution.validation.maxLength", { max: 100 })),
      target_type: z.enum(["home", "product", "collection"]),
      target_id: z.string().optional(),
      expires_on: z.date().nullable(),
    })
    .superRefine((values, ctx) => {
      if (values.target_type !== "home" && !values.target_id) {
        ctx.addIssue({ code: "custom", path: ["target_id"], message: t("distribution.validation.required") })
      }
      if (values.expires_on && values.expires_on < startOfToday()) {
        ctx.addIssue({ code: "custom", path: ["expires_on"], message: t("distribution.links.create.expiryInPast") })
      }
    })

export type ReferralLinkCreateValues = z.infer<ReturnType<typeof referralLinkCreateSchema>>

export const referralLinkCreateDefaults: ReferralLinkCreateValues = {
  name: "",
  target_type: "home",
  target_id: undefined,
  expires_on: null,
}

/** The link stays valid through the whole last day the merchant picked. */
export const toCreateReferralLinkPayload = (values: ReferralLinkCreateValues): AdminCreateReferralLink => {
  const expiresAt = values.expires_on ? new Date(values.expires_on) : null
  expiresAt?.setHours(23, 59, 59, 999)
  return {
    name: values.name.trim(),
    target_type: values.target_type,
    ...(values.target_type !== "home" && values.target_id ? { target_id: values.target_id } : {}),
    ...(expiresAt ? { expires_at: expiresAt.toISOString() } : {}),
  }
}
