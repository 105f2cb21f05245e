export const defaultAdminDealerTierFields = [
  "id",
  "code",
  "name_en",
  "name_zh",
  "rank",
  "description",
  "customer_group_id",
  "metadata",
  "created_at",
  "updated_at",
]

export const retrieveDealerTierTransformQueryConfig = {
  defaults: defaultAdminDealerTierFields,
  isList: false,
}

export const listDealerTiersTransformQueryConfig = {
  ...retrieveDealerTierTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}
