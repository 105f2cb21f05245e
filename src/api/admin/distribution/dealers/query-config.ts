/** The customer account shown beside a dealer or an application. */
export const customerSummaryFields = [
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

export const defaultAdminDealerFields = [
  "id",
  "code",
  "display_name",
  "company_name",
  "contact_name",
  "phone",
  "email",
  "region",
  "address",
  "contract_number",
  "contract_start_at",
  "contract_end_at",
  "status",
  "customer_id",
  "parent_id",
  "tier_id",
  "depth",
  "path",
  "metadata",
  "created_at",
  "updated_at",
  "tier.id",
  "tier.code",
  "tier.name_en",
  "tier.name_zh",
  "tier.rank",
  "parent.id",
  "parent.code",
  "parent.display_name",
  ...customerSummaryFields,
]

export const retrieveDealerTransformQueryConfig = {
  defaults: defaultAdminDealerFields,
  isList: false,
}

export const listDealersTransformQueryConfig = {
  ...retrieveDealerTransformQueryConfig,
  defaultLimit: 20,
  isList: true,
}

export const listDealerHistoryTransformQueryConfig = {
  defaults: ["id", "action", "from_value", "to_value", "reason", "actor_id", "metadata", "created_at"],
  defaultLimit: 50,
  isList: true,
}
