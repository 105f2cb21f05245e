export * from "./distribution"
export * from "./referral"
export * from "./commission"
export * from "./payout"
