import { ListParams, PaginatedResponse } from "./list-response"

/** A level of the dealer network, as the admin API returns it. */
export type AdminDealerTier = {
  id: string
  code: string
  name_en: string
  name_zh: string
  rank: number
  description: string | null
  customer_group_id: string | null
  dealer_count?: number
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
}

/** The tier summary embedded in dealers and downline nodes. */
export type AdminDealerTierSummary = Pick<
  AdminDealerTier,
  "id" | "code" | "name_en" | "name_zh" | "rank"
>

export type AdminDealerTierListParams = ListParams

export type AdminDealerTierListResponse = PaginatedResponse<"tiers", AdminDealerTier>

export type AdminDealerTierResponse = { tier: AdminDealerTier }

export type AdminCreateDealerTier = {
  code: string
  name_en: string
  name_zh: string
  rank: number
  description?: string | null
}

export type AdminUpdateDealerTier = Partial<AdminCreateDealerTier>

export type AdminDealerTierDeleteResponse = {
  id: string
  object: "dealer_tier"
  deleted: true
}
