import { Writable } from "node:stream"
import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import {
  formatRatePercent,
  STATEMENT_COLUMNS,
  StatementExportHeader,
  StatementExportRow,
  writeStatementCsv,
  writeStatementXlsx,
} from "../statement-export"

// Tens of thousands of rows through real CSV and XLSX writers: seconds on a busy 2-core machine.
jest.setTimeout(60_000)

const header: StatementExportHeader = {
  dealer_code: "D0001",
  dealer_name: "上海小王商贸",
  currency_code: "cny",
  period_label: "2026-11",
  from: new Date("2026-10-31T16:00:00.000Z"),
  to: new Date("2026-11-30T16:00:00.000Z"),
  opening_balance: "100.00",
  closing_balance: "112.61",
  totals_by_kind: { accrual: "19.91", reversal: "-1.20", adjustment: "-6.10", payout: "0.00" },
  totals_by_status: { pending: "12.61", available: "0.00", reserved: "0.00", paid: "0.00" },
}

const ROWS: StatementExportRow[] = [
  {
    created_at: new Date("2026-11-02T03:04:05.000Z"),
    kind: "accrual",
    status: "pending",
    order_display_id: 1042,
    order_id: "order_01",
    product_title: "有机绿茶 500g",
    level: 1,
    base: "199.10",
    rate: "0.1",
    amount: "19.91",
    reason: null,
    entry_id: "comm_01",
  },
  {
    created_at: new Date("2026-11-05T00:00:00.000Z"),
    kind: "reversal",
    status: "pending",
    order_display_id: 1042,
    order_id: "order_01",
    product_title: "=HYPERLINK(\"http://evil\")",
    level: 1,
    base: null,
    rate: "0.05",
    amount: "-1.20",
    reason: "Return, partial \"1 of 3\"",
    entry_id: "comm_02",
  },
  {
    created_at: new Date("2026-11-20T12:00:00.000Z"),
    kind: "adjustment",
    status: "available",
    order_display_id: null,
    order_id: null,
    product_title: null,
    level: null,
    base: null,
    rate: null,
    amount: "-6.10",
    reason: "@ops: 运费补差\nsecond line",
    entry_id: "comm_03",
  },
]

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item
}

/** A writable that keeps what it got; optionally slow, to exercise back-pressure. */
function collector(options: { slow?: boolean; highWaterMark?: number } = {}) {
  const chunks: Buffer[] = []
  let bytes = 0
  const stream = new Writable({
    highWaterMark: options.highWaterMark ?? 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk)
      bytes += chunk.length
      if (options.slow) setImmediate(callback)
      else callback()
    },
  })
  return {
    stream,
    get bytes() {
      return bytes
    },
    buffer: () => Buffer.concat(chunks),
  }
}

async function csvOf(rows: StatementExportRow[]) {
  const out = collector()
  await writeStatementCsv(header, fromArray(rows), out.stream)
  const buffer = out.buffer()
  return { buffer, text: buffer.toString("utf8"), records: parse(buffer, { bom: true, relax_column_count: true }) as string[][] }
}

describe("formatRatePercent", () => {
  it.each([
    ["0.05", "5.00%"],
    ["0.1", "10.00%"],
    ["0", "0.00%"],
    ["1", "100.00%"],
    ["0.12345", "12.345%"],
    ["0.0001", "0.01%"],
    ["0.07", "7.00%"], // 0.07 * 100 is 7.000000000000001 in floats
  ])("%s ⇒ %s", (rate, expected) => {
    expect(formatRatePercent(rate)).toBe(expected)
  })
})

describe("writeStatementCsv", () => {
  it("starts with a UTF-8 BOM and uses CRLF lines", async () => {
    const { buffer, text } = await csvOf(ROWS)
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.split("\r\n").length).toBeGreaterThan(10)
  })

  it("puts the summary first, then the bilingual headers, every row in order, then the totals", async () => {
    const { records } = await csvOf(ROWS)
    expect(records).toEqual([
      ["Dealer 经销商", "D0001", "上海小王商贸"],
      ["Period 账期", "2026-11"],
      ["From (UTC) 起", "2026-10-31T16:00:00.000Z"],
      ["To (UTC, exclusive) 止", "2026-11-30T16:00:00.000Z"],
      ["Currency 币种", "CNY"],
      ["Opening balance 期初余额", "100.00"],
      [""],
      [...STATEMENT_COLUMNS],
      ["2026-11-02T03:04:05.000Z", "accrual", "pending", "1042", "order_01", "有机绿茶 500g", "1", "199.10", "10.00%", "19.91", "", "comm_01"],
      [
        "2026-11-05T00:00:00.000Z",
        "reversal",
        "pending",
        "1042",
        "order_01",
        "'=HYPERLINK(\"http://evil\")",
        "1",
        "",
        "5.00%",
        "-1.20",
        "Return, partial \"1 of 3\"",
        "comm_02",
      ],
      ["2026-11-20T12:00:00.000Z", "adjustment", "available", "", "", "", "", "", "", "-6.10", "'@ops: 运费补差\nsecond line", "comm_03"],
      [""],
      ["Totals by kind 按类型合计"],
      ["Accrual 佣金", "19.91"],
      ["Reversal 冲回", "-1.20"],
      ["Adjustment 调整", "-6.10"],
      ["Payout 提现", "0.00"],
      ["Totals by status 按状态合计"],
      ["Pending 待结算", "12.61"],
      ["Available 可提现", "0.00"],
      ["Reserved 打款中", "0.00"],
      ["Paid 已支付", "0.00"],
      ["Closing balance 期末余额", "112.61"],
    ])
  })

  it("keeps amounts exactly as given, beyond what a float holds", async () => {
    const { records } = await csvOf([{ ...ROWS[0], amount: "123456789012345678.91", base: "0.10" }])
    expect(records[8][9]).toBe("123456789012345678.91")
    expect(records[8][7]).toBe("0.10")
  })

  it("writes headers and totals for a period without entries", async () => {
    const { records } = await csvOf([])
    expect(records[7]).toEqual([...STATEMENT_COLUMNS])
    expect(records[8]).toEqual([""])
    expect(records[records.length - 1]).toEqual(["Closing balance 期末余额", "112.61"])
  })

  it("pulls rows only as fast as a slow output takes them", async () => {
    const out = collector({ slow: true, highWaterMark: 1024 })
    let produced = 0
    let maxAhead = 0
    async function* rows() {
      for (let i = 0; i < 3000; i++) {
        // rows the output has not received yet (each CSV row is ~100 bytes)
        maxAhead = Math.max(maxAhead, produced - Math.floor(out.bytes / 100))
        produced++
        yield { ...ROWS[0], entry_id: `comm_${i}` }
      }
    }
    await writeStatementCsv(header, rows(), out.stream)
    expect(produced).toBe(3000)
    expect(maxAhead).toBeLessThan(300)
  })

  it("rejects and destroys the output when the rows fail", async () => {
    const out = collector()
    async function* rows() {
      yield ROWS[0]
      throw new Error("database went away")
    }
    await expect(writeStatementCsv(header, rows(), out.stream)).rejects.toThrow("database went away")
    expect(out.stream.destroyed).toBe(true)
  })
})

async function xlsxOf(rows: AsyncIterable<StatementExportRow>) {
  const out = collector()
  await writeStatementXlsx(header, rows, out.stream)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(out.buffer() as any)
  return workbook
}

function valuesOf(row: ExcelJS.Row): unknown[] {
  return (row.values as unknown[]).slice(1)
}

describe("writeStatementXlsx", () => {
  it("writes one sheet with the summary, the headers, the rows and the totals", async () => {
    const workbook = await xlsxOf(fromArray(ROWS))
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Statement 对账单"])
    const sheet = workbook.worksheets[0]

    expect(valuesOf(sheet.getRow(1))).toEqual(["Dealer 经销商", "D0001", "上海小王商贸"])
    expect(valuesOf(sheet.getRow(2))).toEqual(["Period 账期", "2026-11"])
    expect(valuesOf(sheet.getRow(3))).toEqual(["From (UTC) 起", header.from])
    expect(valuesOf(sheet.getRow(4))).toEqual(["To (UTC, exclusive) 止", header.to])
    expect(valuesOf(sheet.getRow(5))).toEqual(["Currency 币种", "CNY"])
    expect(valuesOf(sheet.getRow(6))).toEqual(["Opening balance 期初余额", 100])
    expect(sheet.getRow(6).getCell(2).numFmt).toBe("0.00")
    expect(valuesOf(sheet.getRow(8))).toEqual([...STATEMENT_COLUMNS])
    expect(sheet.getRow(8).getCell(1).font?.bold).toBe(true)

    expect(valuesOf(sheet.getRow(9))).toEqual([
      ROWS[0].created_at, "accrual", "pending", 1042, "order_01", "有机绿茶 500g", 1, 199.1, 0.1, 19.91, undefined, "comm_01",
    ])
    expect(sheet.getRow(9).getCell(10).numFmt).toBe("0.00")
    expect(sheet.getRow(9).getCell(8).numFmt).toBe("0.00")
    expect(sheet.getRow(9).getCell(9).numFmt).toBe("0.00%")
    // Text is stored as text in a workbook, never as a formula.
    expect(sheet.getRow(10).getCell(6).value).toBe("=HYPERLINK(\"http://evil\")")
    expect(sheet.getRow(10).getCell(6).type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getRow(10).getCell(10).value).toBe(-1.2)
    expect(sheet.getRow(11).getCell(10).value).toBe(-6.1)
    expect(sheet.getRow(11).getCell(11).value).toBe("@ops: 运费补差\nsecond line")
    expect(sheet.getRow(11).getCell(12).value).toBe("comm_03")

    expect(valuesOf(sheet.getRow(13))).toEqual(["Totals by kind 按类型合计"])
    expect(valuesOf(sheet.getRow(14))).toEqual(["Accrual 佣金", 19.91])
    expect(valuesOf(sheet.getRow(15))).toEqual(["Reversal 冲回", -1.2])
    expect(valuesOf(sheet.getRow(16))).toEqual(["Adjustment 调整", -6.1])
    expect(valuesOf(sheet.getRow(17))).toEqual(["Payout 提现", 0])
    expect(valuesOf(sheet.getRow(18))).toEqual(["Totals by status 按状态合计"])
    expect(valuesOf(sheet.getRow(19))).toEqual(["Pending 待结算", 12.61])
    expect(valuesOf(sheet.getRow(20))).toEqual(["Available 可提现", 0])
    expect(valuesOf(sheet.getRow(21))).toEqual(["Reserved 打款中", 0])
    expect(valuesOf(sheet.getRow(22))).toEqual(["Paid 已支付", 0])
    expect(valuesOf(sheet.getRow(23))).toEqual(["Closing balance 期末余额", 112.61])
    expect(sheet.getRow(23).getCell(2).numFmt).toBe("0.00")
    expect(sheet.rowCount).toBe(23)
  })

  it("shows more decimals when an amount has them (e.g. 3-decimal currencies)", async () => {
    const sheet = (await xlsxOf(fromArray([{ ...ROWS[0], amount: "1.234" }]))).worksheets[0]
    expect(sheet.getRow(9).getCell(10).numFmt).toBe("0.000")
    expect(sheet.getRow(9).getCell(10).value).toBe(1.234)
  })

  it("writes headers and totals for a period without entries", async () => {
    const sheet = (await xlsxOf(fromArray([]))).worksheets[0]
    expect(valuesOf(sheet.getRow(8))).toEqual([...STATEMENT_COLUMNS])
    expect(valuesOf(sheet.getRow(sheet.rowCount))).toEqual(["Closing balance 期末余额", 112.61])
  })

  it("rejects and destroys the output when the rows fail", async () => {
    const out = collector()
    async function* rows() {
      yield ROWS[0]
      throw new Error("database went away")
    }
    await expect(writeStatementXlsx(header, rows(), out.stream)).rejects.toThrow("database went away")
    expect(out.stream.destroyed).toBe(true)
  })

  it("stops pulling rows while the output is stalled, and finishes once it moves again", async () => {
    const held: (() => void)[] = []
    let stalled = true
    let bytes = 0
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length
        if (stalled) held.push(callback)
        else callback()
      },
    })
    let produced = 0
    async function* rows() {
      for (let i = 0; i < 20_000; i++) {
        produced++
        yield { ...ROWS[0], entry_id: `comm_${i}` }
      }
    }
    const done = writeStatementXlsx(header, rows(), out)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const pulledWhileStalled = produced
    expect(pulledWhileStalled).toBeLessThan(5_000)
    stalled = false
    for (const callback of held.splice(0)) callback()
    await done
    expect(produced).toBe(20_000)
    expect(bytes).toBeGreaterThan(0)
  })

  it("keeps the zip compressor up with the rows instead of buffering the sheet", async () => {
    // exceljs pushes into the zip without back-pressure; before waiting on it, most of
    // the sheet reached the output only after the last row was read.
    const out = collector()
    let bytesWhenLastRowRead = 0
    async function* rows() {
      for (let i = 0; i < 40_000; i++) yield { ...ROWS[0], entry_id: `comm_${i}_${(i * 7919) % 10007}` }
      bytesWhenLastRowRead = out.bytes
    }
    await writeStatementXlsx(header, rows(), out.stream)
    expect(bytesWhenLastRowRead / out.bytes).toBeGreaterThan(0.6)
  })

  it("rejects, without an uncaught error, when the output errors midway", async () => {
    const out = collector({ slow: true, highWaterMark: 1024 })
    async function* rows() {
      for (let i = 0; i < 100_000; i++) {
        if (i === 2000) out.stream.emit("error", new Error("socket hang up"))
        yield { ...ROWS[0], entry_id: `comm_${i}` }
      }
    }
    await expect(writeStatementXlsx(header, rows(), out.stream)).rejects.toThrow("socket hang up")
  })

  it("rejects when the output closes midway (client went away)", async () => {
    const out = collector({ slow: true, highWaterMark: 1024 })
    async function* rows() {
      for (let i = 0; i < 100_000; i++) {
        if (i === 2000) out.stream.destroy()
        yield { ...ROWS[0], entry_id: `comm_${i}` }
      }
    }
    await expect(writeStatementXlsx(header, rows(), out.stream)).rejects.toThrow(/closed/)
  })
})

describe("a 20,000-row statement", () => {
  const COUNT = 20_000
  async function* many(): AsyncGenerator<StatementExportRow> {
    for (let i = 0; i < COUNT; i++) {
      yield {
        ...ROWS[i % ROWS.length],
        created_at: new Date(Date.UTC(2026, 10, 1) + i * 60_000),
        amount: `${i}.${String(i % 100).padStart(2, "0")}`,
        entry_id: `comm_${i}`,
      }
    }
  }

  it("streams through CSV", async () => {
    const out = collector({ slow: true })
    await writeStatementCsv(header, many(), out.stream)
    const records = parse(out.buffer(), { bom: true, relax_column_count: true }) as string[][]
    const entries = records.slice(8, 8 + COUNT)
    expect(entries).toHaveLength(COUNT)
    expect(entries.map((r) => r[11])).toEqual(Array.from({ length: COUNT }, (_, i) => `comm_${i}`))
    expect(entries[COUNT - 1][9]).toBe("19999.99")
    expect(records[8 + COUNT]).toEqual([""])
    expect(records[records.length - 1]).toEqual(["Closing balance 期末余额", "112.61"])
  })

  it("streams through XLSX", async () => {
    const workbook = await xlsxOf(many())
    const sheet = workbook.worksheets[0]
    expect(sheet.rowCount).toBe(8 + COUNT + 1 + 11)
    expect(sheet.getRow(9).getCell(12).value).toBe("comm_0")
    expect(sheet.getRow(8 + COUNT).getCell(12).value).toBe(`comm_${COUNT - 1}`)
    expect(sheet.getRow(8 + COUNT).getCell(10).value).toBe(19999.99)
    expect(valuesOf(sheet.getRow(sheet.rowCount))).toEqual(["Closing balance 期末余额", 112.61])
  })
})
