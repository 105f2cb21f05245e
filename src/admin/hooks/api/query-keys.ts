import { queryKeysFactory } from "../../lib/query-key-factory"

// One place for every resource's keys, so a mutation of one resource can
// invalidate another (a new dealer changes its tier's dealer count) without
// the hook files importing each other.
export const tiersQueryKeys = queryKeysFactory("distribution_tiers")
export const dealersQueryKeys = queryKeysFactory("distribution_dealers")
export const applicationsQueryKeys = queryKeysFactory(
  "distribution_applications"
)
export const referralLinksQueryKeys = queryKeysFactory(
  "distribution_referral_links"
)
export const orderAttributionsQueryKeys = queryKeysFactory(
  "distribution_order_attributions"
)
export const customerBindingsQueryKeys = queryKeysFactory(
  "distribution_customer_bindings"
)
export const commissionPlanQueryKeys = queryKeysFactory(
  "distribution_commission_plan"
)
export const commissionEntriesQueryKeys = queryKeysFactory(
  "distribution_commission_entries"
)
export const commissionBalancesQueryKeys = queryKeysFactory(
  "distribution_commission_balances"
)
export const orderCommissionsQueryKeys = queryKeysFactory(
  "distribution_order_commissions"
)
export const commissionStatementsQueryKeys = queryKeysFactory(
  "distribution_commission_statements"
)
export const payoutBatchesQueryKeys = queryKeysFactory("distribution_payout_batches")
export const payoutsQueryKeys = queryKeysFactory("distribution_payouts")
export const payoutAccountsQueryKeys = queryKeysFactory(
  "distribution_payout_accounts"
)
export const payoutProvidersQueryKeys = queryKeysFactory(
  "distribution_payout_providers"
)
