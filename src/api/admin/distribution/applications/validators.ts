import { z } from "@medusajs/framework/zod"
import { findParams } from "../../../shared/find-params"
import {
  createOperatorMap,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { DEALER_APPLICATION_STATUSES } from "../../../../types/dealer-application-status"

export const AdminGetDealerApplicationParams = createSelectParams()

export const AdminGetDealerApplicationsParams = z.strictObject({
  ...findParams({ limit: 20, offset: 0, order: "-created_at" }),
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  status: z
    .union([z.enum(DEALER_APPLICATION_STATUSES), z.array(z.enum(DEALER_APPLICATION_STATUSES))])
    .optional(),
  customer_id: z.union([z.string(), z.array(z.string())]).optional(),
  created_at: createOperatorMap().optional(),
})
export type AdminGetDealerApplicationsParamsType = z.infer<typeof AdminGetDealerApplicationsParams>

export const AdminApproveDealerApplication = z.strictObject({
  tier_id: z.string().min(1).optional(),
  /** null places the new dealer directly under the producer. */
  parent_id: z.string().min(1).nullable().optional(),
  code: z.string().trim().min(3).max(32).optional(),
  display_name: z.string().trim().min(1).max(100).optional(),
})
export type AdminApproveDealerApplicationType = z.infer<typeof AdminApproveDealerApplication>

export const AdminRejectDealerApplication = z.strictObject({
  reason: z.string().trim().min(1, "Give the applicant a reason.").max(1000),
})
export type AdminRejectDealerApplicationType = z.infer<typeof AdminRejectDealerApplication>
