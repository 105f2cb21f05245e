import {
  DEALER_CODE_ALPHABET,
  DEALER_CODE_PATTERN,
  generateDealerCode,
  normalizeDealerCode,
} from "../generate-dealer-code"

describe("dealer codes", () => {
  it("generates 6 unambiguous characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateDealerCode()
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
      expect(DEALER_CODE_PATTERN.test(code)).toBe(true)
    }
    expect(DEALER_CODE_ALPHABET).not.toMatch(/[01ILO]/)
  })

  it("draws from the given source of randomness", () => {
    let i = 0
    expect(generateDealerCode(4, () => i++)).toBe("2345")
  })

  it("normalises what people type", () => {
    expect(normalizeDealerCode("  hz001 ")).toBe("HZ001")
  })
})
