import { z } from "@medusajs/framework/zod"
import { VISITOR_TOKEN_PATTERN } from "../../../../lib/attribution/visitor"

const code = z.string().trim().min(3).max(32)
const visitorToken = z.string().regex(VISITOR_TOKEN_PATTERN, "Use the visitor_token the plugin returned.")

export const StoreReferralVisit = z.strictObject({
  code,
  cart_id: z.string().min(1).nullish(),
  visitor_token: visitorToken.nullish(),
})
export type StoreReferralVisitType = z.infer<typeof StoreReferralVisit>

export const StoreReferralAttach = z.strictObject({
  code,
  cart_id: z.string().min(1),
  visitor_token: visitorToken.nullish(),
})
export type StoreReferralAttachType = z.infer<typeof StoreReferralAttach>
