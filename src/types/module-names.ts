/** Registration names of the plugin's modules (the keys they resolve under). */
export const DISTRIBUTION_MODULE = "distribution"
export const COMMISSION_MODULE = "commission"
export const PAYOUT_MODULE = "payout"
export const WAREHOUSE_MODULE = "warehouse"
