import { textArray } from "../text-array"

describe("textArray", () => {
  it("quotes every element and escapes quotes and backslashes", () => {
    expect(textArray(["po_1", "po_2"])).toBe('{"po_1","po_2"}')
    expect(textArray(['a"b', "c\\d", "e,f"])).toBe('{"a\\"b","c\\\\d","e,f"}')
    expect(textArray([])).toBe("{}")
  })
})
