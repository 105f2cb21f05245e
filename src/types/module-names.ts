/** Registration names of the plugin's modules (the keys they resolve under). */
export const DISTRIBUTION_MODULE = "distribution"
export const COMMISSION_MODULE = "commission"
export const PAYOUT_MODULE = "payout"
export const WAREHOUSE_MODULE = "warehouse"
export const PERFORMANCE_MODULE = "performance"
export const CUSTOMER_TIER_MODULE = "customer_tier"
export const REPORTING_MODULE = "reporting"
