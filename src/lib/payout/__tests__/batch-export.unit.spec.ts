import { Writable } from "node:stream"
import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import {
  PayoutBatchExportHeader,
  PayoutBatchExportRow,
  payoutBatchExportColumns,
  writePayoutBatchCsv,
  writePayoutBatchXlsx,
} from "../batch-export"

// Tens of thousands of rows through real CSV and XLSX writers: seconds on a busy 2-core machine.
jest.setTimeout(60_000)

const manualHeader: PayoutBatchExportHeader = {
  batch_id: "pobatch_01",
  provider_id: "manual",
  currency_code: "cny",
  status: "processing",
  source: "admin",
  note: "=11月佣金",
  total_amount: "1234.50",
  payout_count: 2,
  created_at: new Date("2026-11-05T01:00:00.000Z"),
  approved_at: new Date("2026-11-05T02:30:00.000Z"),
  account_columns: "bank",
}

const wechatHeader: PayoutBatchExportHeader = {
  batch_id: "pobatch_02",
  provider_id: "wechatpay",
  currency_code: "cny",
  status: "draft",
  total_amount: "88.00",
  created_at: new Date("2026-11-05T01:00:00.000Z"),
  approved_at: null,
  account_columns: "openid",
}

const BANK_ROWS: PayoutBatchExportRow[] = [
  {
    payout_id: "po_01",
    dealer_code: "D0001",
    dealer_name: "上海小王商贸",
    amount: "1200.00",
    status: "succeeded",
    bank_name: "中国工商银行上海分行",
    account_holder: "王小明",
    account_number: "6222021234567890123",
    out_bill_no: "po01",
    provider_reference: null,
    reference: "202611050001234567",
    failure_reason: null,
    completed_at: new Date("2026-11-06T08:00:00.000Z"),
  },
  {
    payout_id: "po_02",
    dealer_code: "007",
    dealer_name: "+Bond",
    amount: "34.5",
    status: "processing",
    bank_name: "Bank of China",
    account_holder: "-",
    account_number: "6222 0212 3456 7890",
    out_bill_no: "po02",
    provider_reference: null,
    reference: null,
    failure_reason: null,
    completed_at: null,
  },
]

const OPENID_ROW: PayoutBatchExportRow = {
  payout_id: "po_03",
  dealer_code: "D0003",
  dealer_name: null,
  amount: "88.00",
  status: "failed",
  openid_masked: "oUpF…eS6o",
  real_name_masked: "**丰",
  out_bill_no: "po03",
  provider_reference: "1330000071100999991182020050700019480001",
  reference: null,
  failure_reason: "@NAME_NOT_CORRECT",
  completed_at: new Date("2026-11-06T08:00:00.000Z"),
}

function collector() {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk)
      callback()
    },
  })
  return { stream, buffer: () => Buffer.concat(chunks) }
}

async function csvOf(header: PayoutBatchExportHeader, rows: Iterable<PayoutBatchExportRow> | AsyncIterable<PayoutBatchExportRow>) {
  const out = collector()
  await writePayoutBatchCsv(header, rows, out.stream)
  const buffer = out.buffer()
  return { buffer, records: parse(buffer, { bom: true, relax_column_count: true }) as string[][] }
}

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item
}

describe("payoutBatchExportColumns", () => {
  it("shows bank columns for manual batches and masked WeChat columns otherwise", () => {
    expect(payoutBatchExportColumns("bank")).toEqual([
      "Dealer code 经销商编号",
      "Dealer name 经销商名称",
      "Amount 金额",
      "Status 状态",
      "Bank 开户行",
      "Account holder 户名",
      "Account number 账号",
      "Out bill no. 商户单号",
      "Provider reference 渠道单号",
      "Reference 付款凭证号",
      "Failure reason 失败原因",
      "Completed (UTC) 完成时间",
      "Payout ID 付款ID",
    ])
    expect(payoutBatchExportColumns("openid").slice(4, 6)).toEqual([
      "OpenID (masked) 微信OpenID",
      "Real name (masked) 实名",
    ])
  })
})

describe("writePayoutBatchCsv", () => {
  it("writes a BOM, the summary, the headers and every payout with the full account number", async () => {
    const { buffer, records } = await csvOf(manualHeader, BANK_ROWS)
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(buffer.toString("utf8")).toContain("\r\n")
    expect(records).toEqual([
      ["Batch 批次", "pobatch_01"],
      ["Provider 付款渠道", "manual"],
      ["Currency 币种", "CNY"],
      ["Status 状态", "processing"],
      ["Source 来源", "admin"],
      ["Payouts 笔数", "2"],
      ["Total 总金额", "1234.50"],
      ["Created (UTC) 创建时间", "2026-11-05T01:00:00.000Z"],
      ["Approved (UTC) 审核时间", "2026-11-05T02:30:00.000Z"],
      ["Note 备注", "'=11月佣金"],
      [""],
      payoutBatchExportColumns("bank"),
      [
        "D0001",
        "上海小王商贸",
        "1200.00",
        "succeeded",
        "中国工商银行上海分行",
        "王小明",
        // Long digit strings end with a tab so Excel keeps every digit.
        "6222021234567890123\t",
        "po01",
        "",
        "202611050001234567\t",
        "",
        "2026-11-06T08:00:00.000Z",
        "po_01",
      ],
      [
        "007\t",
        "'+Bond",
        "34.5",
        "processing",
        "Bank of China",
        "'-",
        "6222 0212 3456 7890",
        "po02",
        "",
        "",
        "",
        "",
        "po_02",
      ],
    ])
  })

  it("writes masked WeChat columns, leaves out undefined summary lines, and takes async rows", async () => {
    const { records } = await csvOf(wechatHeader, fromArray([OPENID_ROW]))
    expect(records.slice(0, 8)).toEqual([
      ["Batch 批次", "pobatch_02"],
      ["Provider 付款渠道", "wechatpay"],
      ["Currency 币种", "CNY"],
      ["Status 状态", "draft"],
      ["Total 总金额", "88.00"],
      ["Created (UTC) 创建时间", "2026-11-05T01:00:00.000Z"],
      ["Approved (UTC) 审核时间", ""],
      [""],
    ])
    expect(records[8]).toEqual(payoutBatchExportColumns("openid"))
    expect(records[9]).toEqual([
      "D0003",
      "",
      "88.00",
      "failed",
      "oUpF…eS6o",
      "**丰",
      "po03",
      "1330000071100999991182020050700019480001\t",
      "",
      "'@NAME_NOT_CORRECT",
      "2026-11-06T08:00:00.000Z",
      "po_03",
    ])
    expect(records).toHaveLength(10)
  })

  it("keeps amounts exactly, beyond what a float holds", async () => {
    const { records } = await csvOf(manualHeader, [{ ...BANK_ROWS[0], amount: "123456789012345678.91" }])
    expect(records[12][2]).toBe("123456789012345678.91")
  })

  it("writes the headers for an empty batch", async () => {
    const { records } = await csvOf(manualHeader, [])
    expect(records[records.length - 1]).toEqual(payoutBatchExportColumns("bank"))
  })

  it("rejects and destroys the output when the rows fail", async () => {
    const out = collector()
    async function* rows() {
      yield BANK_ROWS[0]
      throw new Error("database went away")
    }
    await expect(writePayoutBatchCsv(manualHeader, rows(), out.stream)).rejects.toThrow("database went away")
    expect(out.stream.destroyed).toBe(true)
  })
})

async function sheetOf(header: PayoutBatchExportHeader, rows: Iterable<PayoutBatchExportRow> | AsyncIterable<PayoutBatchExportRow>) {
  const out = collector()
  await writePayoutBatchXlsx(header, rows, out.stream)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(out.buffer() as any)
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["Payouts 付款明细"])
  return workbook.worksheets[0]
}

const valuesOf = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1)

describe("writePayoutBatchXlsx", () => {
  it("writes the summary, the headers and the rows, account numbers as text", async () => {
    const sheet = await sheetOf(manualHeader, BANK_ROWS)
    expect(valuesOf(sheet.getRow(1))).toEqual(["Batch 批次", "pobatch_01"])
    expect(valuesOf(sheet.getRow(3))).toEqual(["Currency 币种", "CNY"])
    expect(valuesOf(sheet.getRow(6))).toEqual(["Payouts 笔数", 2])
    expect(valuesOf(sheet.getRow(7))).toEqual(["Total 总金额", 1234.5])
    expect(sheet.getRow(7).getCell(2).numFmt).toBe("0.00")
    expect(valuesOf(sheet.getRow(8))).toEqual(["Created (UTC) 创建时间", manualHeader.created_at])
    expect(valuesOf(sheet.getRow(9))).toEqual(["Approved (UTC) 审核时间", manualHeader.approved_at])
    // Stored as text, never as a formula.
    expect(sheet.getRow(10).getCell(2).value).toBe("=11月佣金")
    expect(sheet.getRow(10).getCell(2).type).toBe(ExcelJS.ValueType.String)
    expect(valuesOf(sheet.getRow(12))).toEqual(payoutBatchExportColumns("bank"))
    expect(sheet.getRow(12).getCell(1).font?.bold).toBe(true)

    expect(valuesOf(sheet.getRow(13))).toEqual([
      "D0001",
      "上海小王商贸",
      1200,
      "succeeded",
      "中国工商银行上海分行",
      "王小明",
      "6222021234567890123",
      "po01",
      undefined,
      "202611050001234567",
      undefined,
      BANK_ROWS[0].completed_at,
      "po_01",
    ])
    expect(sheet.getRow(13).getCell(3).numFmt).toBe("0.00")
    expect(sheet.getRow(13).getCell(7).type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getRow(14).getCell(1).value).toBe("007")
    expect(sheet.getRow(14).getCell(2).value).toBe("+Bond")
    expect(sheet.getRow(14).getCell(3).value).toBe(34.5)
    expect(sheet.rowCount).toBe(14)
  })

  it("writes masked WeChat columns and an unapproved batch", async () => {
    const sheet = await sheetOf(wechatHeader, fromArray([OPENID_ROW]))
    expect(valuesOf(sheet.getRow(7))).toEqual(["Approved (UTC) 审核时间"])
    expect(valuesOf(sheet.getRow(9))).toEqual(payoutBatchExportColumns("openid"))
    expect(valuesOf(sheet.getRow(10))).toEqual([
      "D0003",
      undefined,
      88,
      "failed",
      "oUpF…eS6o",
      "**丰",
      "po03",
      "1330000071100999991182020050700019480001",
      undefined,
      "@NAME_NOT_CORRECT",
      OPENID_ROW.completed_at,
      "po_03",
    ])
  })

  it("streams a large batch", async () => {
    function* many() {
      for (let i = 0; i < 5000; i++) yield { ...BANK_ROWS[0], payout_id: `po_${i}`, amount: `${i}.01` }
    }
    const sheet = await sheetOf(manualHeader, many())
    expect(sheet.rowCount).toBe(12 + 5000)
    expect(sheet.getRow(13 + 4999).getCell(13).value).toBe("po_4999")
    expect(sheet.getRow(13 + 4999).getCell(3).value).toBe(4999.01)
  })

  it("rejects and destroys the output when the rows fail", async () => {
    const out = collector()
    async function* rows() {
      yield BANK_ROWS[0]
      throw new Error("database went away")
    }
    await expect(writePayoutBatchXlsx(manualHeader, rows(), out.stream)).rejects.toThrow("database went away")
    expect(out.stream.destroyed).toBe(true)
  })

  it("rejects when the output closes midway (client went away)", async () => {
    const out = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        setImmediate(callback)
      },
    })
    async function* rows() {
      for (let i = 0; i < 100_000; i++) {
        if (i === 2000) out.destroy()
        yield { ...BANK_ROWS[0], payout_id: `po_${i}` }
      }
    }
    await expect(writePayoutBatchXlsx(manualHeader, rows(), out)).rejects.toThrow(/closed/)
  })
})
