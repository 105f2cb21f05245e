import { z } from "@medusajs/framework/zod"

export const CreateReferralLinkBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    target_type: z.enum(["home", "product", "collection"]).default("home"),
    target_id: z.string().min(1).nullish(),
    expires_at: z.coerce.date().nullish(),
  })
  .refine((b) => b.target_type === "home" || Boolean(b.target_id), {
    message: "A product or collection link needs target_id.",
    path: ["target_id"],
  })
  .refine((b) => !b.expires_at || b.expires_at.getTime() > Date.now(), {
    message: "expires_at must be in the future.",
    path: ["expires_at"],
  })
export type CreateReferralLinkBodyType = z.infer<typeof CreateReferralLinkBody>

export const UpdateReferralLinkBody = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  status: z.enum(["active", "paused"]).optional(),
  expires_at: z.coerce.date().nullish(),
})
export type UpdateReferralLinkBodyType = z.infer<typeof UpdateReferralLinkBody>
