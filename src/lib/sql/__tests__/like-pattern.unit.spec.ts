import { containsPattern, escapeLike } from "../like-pattern"

describe("LIKE patterns", () => {
  it("takes the user's own wildcards and backslashes literally", () => {
    expect(escapeLike("50%_a\\b")).toBe("50\\%\\_a\\\\b")
    expect(containsPattern("A_1")).toBe("%A\\_1%")
    expect(containsPattern("tea")).toBe("%tea%")
  })
})
