import { z } from "@medusajs/framework/zod"

export const AdminListReferralLinksParams = z.strictObject({
  status: z.enum(["active", "paused"]).optional(),
})
