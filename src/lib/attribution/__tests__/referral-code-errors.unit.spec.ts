import { MedusaError } from "@medusajs/framework/utils"
import { isUnknownReferralCode, unknownReferralCodeError } from "../referral-code-errors"

describe("unknown referral code errors", () => {
  it("are a 404 naming the code", () => {
    const error = unknownReferralCodeError("NOPE42")
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
    expect(error.message).toBe("Referral code NOPE42 does not exist.")
  })

  it("are recognised by their mark, whatever the message says", () => {
    const error = unknownReferralCodeError("NOPE42")
    expect(isUnknownReferralCode(error)).toBe(true)
    error.message = "Ce code n'existe pas."
    expect(isUnknownReferralCode(error)).toBe(true)
    // A workflow hands errors on as plain objects: the mark is an own property, so it survives.
    expect(isUnknownReferralCode(JSON.parse(JSON.stringify({ ...error, type: error.type })))).toBe(true)
  })

  it("are not confused with other 404s, even ones with the same words", () => {
    expect(isUnknownReferralCode(new MedusaError(MedusaError.Types.NOT_FOUND, "Referral code NOPE42 does not exist."))).toBe(false)
    expect(isUnknownReferralCode(new MedusaError(MedusaError.Types.NOT_FOUND, "Cart with id: cart_1 was not found"))).toBe(false)
    expect(isUnknownReferralCode({ ...unknownReferralCodeError("X"), type: MedusaError.Types.NOT_ALLOWED })).toBe(false)
    expect(isUnknownReferralCode(null)).toBe(false)
    expect(isUnknownReferralCode(new Error("boom"))).toBe(false)
  })
})
