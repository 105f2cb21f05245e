import { MedusaError } from "@medusajs/framework/utils"

/**
 * The 404 of a referral code that does not exist, marked by an own property
 * (it survives a workflow's error serialisation, unlike `instanceof`), so
 * the rate limiter recognises it whatever its message says.
 */
export type UnknownReferralCodeError = MedusaError & { unknown_referral_code: true }

export function unknownReferralCodeError(code: string): UnknownReferralCodeError {
  const error = new MedusaError(MedusaError.Types.NOT_FOUND, `Referral code ${code} does not exist.`)
  return Object.assign(error, { unknown_referral_code: true as const })
}

/** Whether a touch failed because its code does not exist. */
export function isUnknownReferralCode(error: unknown): boolean {
  const e = error as { type?: string; unknown_referral_code?: unknown } | null
  return Boolean(e && e.type === MedusaError.Types.NOT_FOUND && e.unknown_referral_code === true)
}
