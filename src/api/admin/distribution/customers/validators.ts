import { z } from "@medusajs/framework/zod"

export const AdminRebindCustomer = z.strictObject({
  dealer_id: z.string().min(1),
  reason: z.string().trim().min(1, "Say why the customer is rebound.").max(500),
})
export type AdminRebindCustomerType = z.infer<typeof AdminRebindCustomer>
