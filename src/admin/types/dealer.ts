import { ListParams, PaginatedResponse } from "./list-response"
import { AdminDealerTierSummary } from "./tier"

export type DealerStatus = "pending" | "active" | "suspended" | "terminated"

export const DEALER_STATUSES: DealerStatus[] = [
  "pending",
  "active",
  "suspended",
  "terminated",
]

export type DealerCustomerSummary = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

/** The fields of a dealer's profile an admin can edit. */
export type DealerProfileFields = {
  display_name: string
  company_name: string | null
  contact_name: string | null
  phone: string | null
  email: string | null
  region: string | null
  address: string | null
  contract_number: string | null
  contract_start_at: string | null
  contract_end_at: string | null
}

export type AdminDealer = DealerProfileFields & {
  id: string
  code: string
  status: DealerStatus
  customer_id: string
  parent_id: string | null
  tier_id: string
  depth: number
  path: string
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
  tier?: AdminDealerTierSummary | null
  parent?: Pick<AdminDealer, "id" | "code" | "display_name"> | null
  customer?: DealerCustomerSummary | null
}

/** One dealer of an upline chain, as the detail route summarises it. */
export type AdminDealerUplineEntry = Pick<
  AdminDealer,
  "id" | "code" | "display_name" | "status" | "depth"
> & { tier: AdminDealerTierSummary | null }

/** The detail route adds the upline chain (nearest first) and downline sizes. */
export type AdminDealerDetail = AdminDealer & {
  upline: AdminDealerUplineEntry[]
  downline_counts: { direct: number; total: number }
}

export type AdminDealerListParams = ListParams & {
  id?: string | string[]
  status?: DealerStatus | DealerStatus[]
  tier_id?: string
  parent_id?: string
  customer_id?: string
  depth?: number
}

export type AdminDealerListResponse = PaginatedResponse<"dealers", AdminDealer>

export type AdminDealerResponse = { dealer: AdminDealer }

export type AdminDealerDetailResponse = { dealer: AdminDealerDetail }

type OptionalProfile = { [K in keyof DealerProfileFields]?: DealerProfileFields[K] }

export type AdminCreateDealer = OptionalProfile & {
  customer_id: string
  tier_id: string
  display_name: string
  parent_id?: string | null
  code?: string
}

export type AdminUpdateDealer = OptionalProfile & {
  tier_id?: string
  reason?: string
}

export type AdminMoveDealer = { parent_id: string | null; reason?: string }

export type DealerStatusAction = "suspend" | "reactivate" | "terminate"

export type AdminDealerDownlineNode = {
  id: string
  code: string
  display_name: string
  status: DealerStatus
  depth: number
  /** 1 = a direct downline of the dealer asked about. */
  level: number
  tier: AdminDealerTierSummary | null
  children: AdminDealerDownlineNode[]
}

export type AdminDealerDownlineResponse = {
  dealer_id: string
  downline: AdminDealerDownlineNode[]
  /** Dealers in the downline to the depth asked. */
  count: number
  /** At most this many dealers are in `downline`, nearest levels first. */
  limit: number
  /** The downline has more dealers than `downline` holds. */
  truncated: boolean
}

export type DealerHistoryAction =
  | "joined"
  | "moved"
  | "tier_changed"
  | "status_changed"

export type AdminDealerHistoryEntry = {
  id: string
  action: DealerHistoryAction
  from_value: string | null
  to_value: string | null
  reason: string | null
  actor_id: string | null
  created_at: string
}

export type AdminDealerHistoryResponse = PaginatedResponse<
  "history",
  AdminDealerHistoryEntry
>
