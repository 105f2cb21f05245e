import { conversionRate } from "../conversion-rate"
import { maskEmail, maskName, maskPhone } from "../mask-contact"

describe("masking a bound customer's contact", () => {
  it.each([
    ["wang@shop.cn", "w***@shop.cn"],
    ["x@y.z", "x***@y.z"],
    [null, null],
  ])("masks email %s", (email, masked) => expect(maskEmail(email)).toBe(masked))

  it.each([
    ["13812345678", "138****5678"],
    ["+86 138-1234-5678", "861****5678"],
    ["12345", "****"],
    [undefined, null],
  ])("masks phone %s", (phone, masked) => expect(maskPhone(phone)).toBe(masked))

  it.each([
    ["王伟", "王*"],
    ["Li", "L*"],
    ["", null],
  ])("masks name %s", (name, masked) => expect(maskName(name)).toBe(masked))
})

describe("conversionRate", () => {
  it.each([
    [1, 8, "0.1250"],
    [2, 3, "0.6667"],
    [0, 10, "0.0000"],
    [3, 0, "0"],
  ])("%i orders / %i visits = %s", (orders, visits, rate) => expect(conversionRate(orders, visits)).toBe(rate))
})
