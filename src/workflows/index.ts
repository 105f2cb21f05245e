export * from "./distribution"
export * from "./referral"
