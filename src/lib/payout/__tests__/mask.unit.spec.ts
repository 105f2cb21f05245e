import { maskAccountNumber, maskName, maskOpenid } from "../mask"

describe("maskAccountNumber", () => {
  it.each([
    ["6222021234567890", "**** 7890"],
    ["6222 0212 3456 7890", "**** 7890"],
    [" 6222021234567890 ", "**** 7890"],
    ["12345678", "**** 5678"],
    ["1234567", "**** 67"],
    ["123", "**** 23"],
    ["12", "****"],
    ["1", "****"],
  ])("%j ⇒ %j", (value, expected) => {
    expect(maskAccountNumber(value)).toBe(expected)
  })

  it.each([[null], [undefined], [""], ["   "]])("%j ⇒ null", (value) => {
    expect(maskAccountNumber(value)).toBeNull()
  })
})

describe("maskOpenid", () => {
  it.each([
    ["oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "oUpF…eS6o"],
    ["123456789", "1234…6789"],
    ["12345678", "…78"],
    ["abc", "…bc"],
    ["ab", "…"],
  ])("%j ⇒ %j", (value, expected) => {
    expect(maskOpenid(value)).toBe(expected)
  })

  it.each([[null], [undefined], [""], ["  "]])("%j ⇒ null", (value) => {
    expect(maskOpenid(value)).toBeNull()
  })
})

describe("maskName", () => {
  it.each([
    ["张三丰", "**丰"],
    ["张三", "*三"],
    ["张", "*"],
    ["欧阳 娜娜", "***娜"],
    ["阿卜杜·热合曼", "******曼"],
    ["吉𠮷", "*𠮷"],
    ["𠮷野家", "**家"],
    ["John Smith", "J*** S****"],
    ["  John   Smith ", "J*** S****"],
    ["Mary-Jane Watson", "M******** W*****"],
    ["Li", "L*"],
    ["X", "X"],
    ["José Álvarez", "J*** Á******"],
  ])("%j ⇒ %j", (value, expected) => {
    expect(maskName(value)).toBe(expected)
  })

  it.each([[null], [undefined], [""], [" "]])("%j ⇒ null", (value) => {
    expect(maskName(value)).toBeNull()
  })
})
