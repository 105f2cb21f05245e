import { customerSummaryFields } from "../dealers/query-config"

export const defaultAdminDealerApplicationFields = [
  "id",
  "customer_id",
  "company_name",
  "contact_name",
  "phone",
  "email",
  "region",
  "address",
  "requested_tier_id",
  "desired_parent_code",
  "desired_parent_id",
  "message",
  "status",
  "rejection_reason",
  "reviewed_by",
  "reviewed_at",
  "dealer_id",
  "metadata",
  "created_at",
  "updated_at",
  ...customerSummaryFields,
]

export const retrieveDealerApplicationTransformQueryConfig = {
  defaults: defaultAdminDealerApplicationFields,
  isList: false,
}

export const listDealerApplicationsTransformQueryConfig = {
  ...retrieveDealerApplicationTransformQueryConfig,
  defaultLimit: 20,
  isList: true,
}
