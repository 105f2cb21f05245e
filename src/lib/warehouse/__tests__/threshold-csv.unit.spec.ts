import { parseThresholdCsv } from "../threshold-csv"

describe("parseThresholdCsv", () => {
  it("reads rows with and without a reorder quantity", () => {
    const csv = "\uFEFFsku,location,reorder_point,reorder_quantity\r\nTEA-250,Hangzhou DC,5,20\r\n\r\n\"TEA,500\",sloc_1,0,\r\n"
    expect(parseThresholdCsv(csv)).toEqual({
      rows: [
        { row: 2, sku: "TEA-250", location: "Hangzhou DC", reorder_point: 5, reorder_quantity: 20 },
        { row: 4, sku: "TEA,500", location: "sloc_1", reorder_point: 0, reorder_quantity: null },
      ],
      errors: [],
    })
  })

  it("accepts a file without the reorder quantity column, extra columns and Chinese headers", () => {
    expect(parseThresholdCsv("货号,仓库,预警点,note\nA,W,3,x").rows).toEqual([
      { row: 2, sku: "A", location: "W", reorder_point: 3, reorder_quantity: null },
    ])
  })

  it.each([
    ["sku,location,reorder_point\n,W,3", "row 2: SKU is empty"],
    ["sku,location,reorder_point\nA,,3", 'row 2: location of SKU "A" is empty'],
    ["sku,location,reorder_point\nA,W,-1", 'row 2: reorder point "-1" of SKU "A" is not a whole number ≥ 0'],
    ["sku,location,reorder_point\nA,W,2.5", 'row 2: reorder point "2.5" of SKU "A" is not a whole number ≥ 0'],
    ["sku,location,reorder_point\nA,W,", 'row 2: reorder point "" of SKU "A" is not a whole number ≥ 0'],
    [
      "sku,location,reorder_point,reorder_quantity\nA,W,2,0",
      'row 2: reorder quantity "0" of SKU "A" is not a whole number ≥ 1 (leave it empty for the default)',
    ],
    ["sku,location,reorder_point\nA,W,2\nA,W,3", 'row 3: SKU "A" at "W" repeats row 2'],
  ])("%j ⇒ %j", (csv, error) => {
    expect(parseThresholdCsv(csv).errors).toEqual([error])
  })

  it("reports every bad row, keeping the good ones", () => {
    const { rows, errors } = parseThresholdCsv("sku,location,reorder_point\nA,W,x\nB,W,2\nC,W,y")
    expect(rows.map((r) => r.sku)).toEqual(["B"])
    expect(errors).toEqual([
      'row 2: reorder point "x" of SKU "A" is not a whole number ≥ 0',
      'row 4: reorder point "y" of SKU "C" is not a whole number ≥ 0',
    ])
  })

  it.each([
    ["", /empty/],
    ["  \n", /empty/],
    ["sku,reorder_point\nA,1", /row 1: expected a header/],
    ["sku,location,reorder_point\n", /no rows/],
  ])("refuses %j", (csv, message) => {
    const { rows, errors } = parseThresholdCsv(csv)
    expect(rows).toEqual([])
    expect(errors[0]).toMatch(message)
  })
})
