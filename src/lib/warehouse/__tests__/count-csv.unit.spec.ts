import { parseCountCsv, parseCsvRecords } from "../count-csv"

describe("parseCsvRecords", () => {
  it("reads quotes, doubled quotes, commas and newlines inside quotes, CRLF and a BOM", () => {
    expect(parseCsvRecords('\uFEFFa,"b,c","say ""hi"""\r\n"multi\nline",2\n')).toEqual([
      ["a", "b,c", 'say "hi"'],
      ["multi\nline", "2"],
    ])
    expect(parseCsvRecords("x,y")).toEqual([["x", "y"]])
    expect(parseCsvRecords("")).toEqual([])
  })
})

describe("parseCountCsv", () => {
  it("reads sku,counted with aliases, extra columns, blank rows and blank counts", () => {
    expect(parseCountCsv("title,SKU,Counted_Quantity\nTea,TEA-1,7\n\n,TEA-2,\nOolong,TEA-3,0\n")).toEqual({
      rows: [
        { row: 2, sku: "TEA-1", counted_quantity: 7 },
        { row: 5, sku: "TEA-3", counted_quantity: 0 },
      ],
      errors: [],
    })
    expect(parseCountCsv("货号,盘点数量\nTEA-1,3").rows).toEqual([{ row: 2, sku: "TEA-1", counted_quantity: 3 }])
  })

  it("lists every bad row", () => {
    expect(parseCountCsv("sku,counted\nTEA-1,1.5\n,4\nTEA-3,-2\nTEA-4,x\n").errors).toEqual([
      'row 2: counted quantity "1.5" of SKU "TEA-1" is not a whole number ≥ 0',
      "row 3: SKU is empty",
      'row 4: counted quantity "-2" of SKU "TEA-3" is not a whole number ≥ 0',
      'row 5: counted quantity "x" of SKU "TEA-4" is not a whole number ≥ 0',
    ])
  })

  it("refuses a file without the header or without rows", () => {
    expect(parseCountCsv("").errors[0]).toContain("The file is empty")
    expect(parseCountCsv("item,qty\nA,1").errors[0]).toContain('row 1: expected a header with columns "sku" and "counted"')
    expect(parseCountCsv("sku,counted\n").errors).toEqual(["The file has no rows below its header."])
    expect(parseCountCsv("sku,counted\nTEA-1,99999999999").errors[0]).toContain("too large")
  })
})
