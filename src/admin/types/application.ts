import { AdminDealer, DealerCustomerSummary } from "./dealer"
import { ListParams, PaginatedResponse } from "./list-response"
import { AdminDealerTier } from "./tier"

export type DealerApplicationStatus = "pending" | "approved" | "rejected"

export const DEALER_APPLICATION_STATUSES: DealerApplicationStatus[] = [
  "pending",
  "approved",
  "rejected",
]

export type AdminDealerApplication = {
  id: string
  customer_id: string
  company_name: string | null
  contact_name: string
  phone: string
  email: string | null
  region: string | null
  address: string | null
  requested_tier_id: string | null
  requested_tier: AdminDealerTier | null
  desired_parent_code: string | null
  desired_parent_id: string | null
  message: string | null
  status: DealerApplicationStatus
  rejection_reason: string | null
  reviewed_by: string | null
  reviewed_at: string | null
  dealer_id: string | null
  created_at: string
  customer: DealerCustomerSummary | null
}

export type AdminDealerApplicationListParams = ListParams & {
  status?: DealerApplicationStatus | DealerApplicationStatus[]
  customer_id?: string
}

export type AdminDealerApplicationListResponse = PaginatedResponse<
  "applications",
  AdminDealerApplication
>

export type AdminDealerApplicationResponse = {
  application: AdminDealerApplication
}

/** Optional overrides of what the applicant asked for. */
export type AdminApproveDealerApplication = {
  tier_id?: string
  parent_id?: string | null
  code?: string
  display_name?: string
}

export type AdminApproveDealerApplicationResponse = {
  application: AdminDealerApplication
  dealer: AdminDealer
}

export type AdminRejectDealerApplication = { reason: string }
