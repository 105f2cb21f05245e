import { personName } from "../person-name"

describe("personName", () => {
  it.each([
    ["伟", "王", "王伟"],
    ["Wei", "Wang", "Wei Wang"],
    ["Wei", null, "Wei"],
    [null, "王", "王"],
    ["  ", undefined, null],
  ])("%s + %s → %s", (first, last, expected) => {
    expect(personName(first as any, last as any)).toBe(expected)
  })
})
