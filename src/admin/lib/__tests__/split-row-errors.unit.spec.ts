import { splitRowErrors } from "../split-row-errors"

describe("splitRowErrors", () => {
  it("takes the threshold import's lines: a summary, the rows, and how many more", () => {
    const message = [
      "Nothing was imported: 3 rows to fix.",
      'row 2: unknown SKU "X"',
      'row 4: 2 stock locations are named "Main"; use the location\'s id',
      "… and 1 more",
    ].join("\n")
    expect(splitRowErrors(message)).toEqual({
      summary: "Nothing was imported: 3 rows to fix.",
      rows: ['row 2: unknown SKU "X"', 'row 4: 2 stock locations are named "Main"; use the location\'s id', "… and 1 more"],
    })
  })

  it("splits the count import's rows joined by \"; \", and only there", () => {
    expect(splitRowErrors('row 2: unknown SKU "X"; row 3: counted quantity "-1" of SKU "Y" is not a whole number ≥ 0')).toEqual({
      summary: "",
      rows: ['row 2: unknown SKU "X"', 'row 3: counted quantity "-1" of SKU "Y" is not a whole number ≥ 0'],
    })
  })

  it("keeps a message that names no row whole, as the summary", () => {
    expect(splitRowErrors("Count #3 is applied; counts can only be entered while counting.")).toEqual({
      summary: "Count #3 is applied; counts can only be entered while counting.",
      rows: [],
    })
  })
})
