import { Readable, Writable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { stringify } from "csv-stringify"
import ExcelJS from "exceljs"

/**
 * A payout batch as a download (CSV or XLSX), streamed row by row like the
 * dealer statement (../commission/statement-export.ts). For a manual batch
 * this file is what the admin pays from, so it carries the FULL bank account
 * number; WeChat batches only carry masked openids and names (nobody pays
 * from them by hand). Amounts stay the exact decimal strings given.
 */

export type PayoutBatchExportHeader = {
  batch_id: string
  provider_id: string
  currency_code: string
  status: string
  /** admin | schedule | withdrawal; the line is left out when undefined. */
  source?: string
  note?: string | null
  total_amount: string
  payout_count?: number
  created_at: Date
  approved_at: Date | null
  /**
   * Which account columns: "bank" (bank_name, account_holder, full
   * account_number; the manual provider) or "openid" (openid_masked,
   * real_name_masked; wechatpay).
   */
  account_columns: "bank" | "openid"
}

export type PayoutBatchExportRow = {
  payout_id: string
  dealer_code: string
  dealer_name: string | null
  amount: string
  status: string
  openid_masked?: string | null
  real_name_masked?: string | null
  bank_name?: string | null
  account_holder?: string | null
  /** The full number: the admin pays from this file. */
  account_number?: string | null
  out_bill_no: string
  provider_reference: string | null
  reference: string | null
  failure_reason: string | null
  completed_at: Date | null
}

type Column = {
  label: string
  width: number
  /** How the value is written: text (free text), id (identifier text), amount, date. */
  type: "text" | "id" | "amount" | "date"
  value: (row: PayoutBatchExportRow) => string | Date | null | undefined
}

const LEADING: Column[] = [
  { label: "Dealer code 经销商编号", width: 16, type: "id", value: (r) => r.dealer_code },
  { label: "Dealer name 经销商名称", width: 28, type: "text", value: (r) => r.dealer_name },
  { label: "Amount 金额", width: 14, type: "amount", value: (r) => r.amount },
  { label: "Status 状态", width: 22, type: "text", value: (r) => r.status },
]
const OPENID_ACCOUNT: Column[] = [
  { label: "OpenID (masked) 微信OpenID", width: 16, type: "text", value: (r) => r.openid_masked },
  { label: "Real name (masked) 实名", width: 16, type: "text", value: (r) => r.real_name_masked },
]
const BANK_ACCOUNT: Column[] = [
  { label: "Bank 开户行", width: 28, type: "text", value: (r) => r.bank_name },
  { label: "Account holder 户名", width: 20, type: "text", value: (r) => r.account_holder },
  { label: "Account number 账号", width: 26, type: "id", value: (r) => r.account_number },
]
const TRAILING: Column[] = [
  { label: "Out bill no. 商户单号", width: 32, type: "id", value: (r) => r.out_bill_no },
  { label: "Provider reference 渠道单号", width: 36, type: "id", value: (r) => r.provider_reference },
  { label: "Reference 付款凭证号", width: 24, type: "id", value: (r) => r.reference },
  { label: "Failure reason 失败原因", width: 30, type: "text", value: (r) => r.failure_reason },
  { label: "Completed (UTC) 完成时间", width: 22, type: "date", value: (r) => r.completed_at },
  { label: "Payout ID 付款ID", width: 32, type: "id", value: (r) => r.payout_id },
]

function columnsOf(header: PayoutBatchExportHeader): Column[] {
  return [...LEADING, ...(header.account_columns === "bank" ? BANK_ACCOUNT : OPENID_ACCOUNT), ...TRAILING]
}

/** The column headers for a batch, in order (bilingual, like the statement's). */
export function payoutBatchExportColumns(account_columns: PayoutBatchExportHeader["account_columns"]): string[] {
  return columnsOf({ account_columns } as PayoutBatchExportHeader).map((c) => c.label)
}

type SummaryLine = { label: string; text?: string | null; date?: Date | null; amount?: string; count?: number }

function summaryOf(header: PayoutBatchExportHeader): SummaryLine[] {
  const lines: SummaryLine[] = [
    { label: "Batch 批次", text: header.batch_id },
    { label: "Provider 付款渠道", text: header.provider_id },
    { label: "Currency 币种", text: header.currency_code.toUpperCase() },
    { label: "Status 状态", text: header.status },
  ]
  if (header.source !== undefined) lines.push({ label: "Source 来源", text: header.source })
  if (header.payout_count !== undefined) lines.push({ label: "Payouts 笔数", count: header.payout_count })
  lines.push(
    { label: "Total 总金额", amount: header.total_amount },
    { label: "Created (UTC) 创建时间", date: header.created_at },
    { label: "Approved (UTC) 审核时间", date: header.approved_at }
  )
  if (header.note !== undefined) lines.push({ label: "Note 备注", text: header.note })
  return lines
}

/** Same guard as the statement: text starting with = + - @ tab CR would run as a formula in a spreadsheet. */
function inertText(value: string | null | undefined): string {
  if (value == null) return ""
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/**
 * Excel opens a CSV's long digit strings as numbers: a 16–19 digit bank
 * account number becomes 6.22202E+15 and loses its last digits, and a
 * leading 0 disappears. A trailing tab makes Excel keep the cell as text
 * (the usual fix for 身份证号/银行卡号 in Chinese exports) while the digits stay
 * first, so the admin never pays a corrupted account. Only pure-digit
 * identifiers get it; strip it if you parse the file by program.
 */
function idText(value: string | null | undefined): string {
  if (value == null) return ""
  if (/^\d{12,}$/.test(value) || /^0\d+$/.test(value)) return `${value}\t`
  return inertText(value)
}

function csvCell(column: Column, row: PayoutBatchExportRow): string {
  const value = column.value(row)
  if (value == null) return ""
  if (value instanceof Date) return value.toISOString()
  if (column.type === "amount") return value
  if (column.type === "id") return idText(value)
  return inertText(value)
}

function csvSummary(line: SummaryLine): string[] {
  const cells = [line.label]
  if (line.text !== undefined) cells.push(inertText(line.text))
  if (line.count !== undefined) cells.push(String(line.count))
  if (line.amount !== undefined) cells.push(line.amount)
  if (line.date !== undefined) cells.push(line.date ? line.date.toISOString() : "")
  return cells
}

/**
 * Writes the batch as CSV to `out` and ends it: UTF-8 with a BOM (so Excel
 * reads the Chinese right), CRLF lines, the summary, a blank line, the column
 * headers, then one line per payout in the order given. Rows are pulled only
 * as fast as `out` takes them; on an error `out` is destroyed and the
 * promise rejects.
 */
export async function writePayoutBatchCsv(
  header: PayoutBatchExportHeader,
  rows: AsyncIterable<PayoutBatchExportRow> | Iterable<PayoutBatchExportRow>,
  out: NodeJS.WritableStream
): Promise<void> {
  const columns = columnsOf(header)
  async function* records(): AsyncGenerator<string[]> {
    for (const line of summaryOf(header)) yield csvSummary(line)
    yield []
    yield columns.map((c) => c.label)
    for await (const row of rows) yield columns.map((c) => csvCell(c, row))
  }
  await pipeline(Readable.from(records()), stringify({ bom: true, record_delimiter: "windows" }), out)
}

/** "0.00" for two decimals or fewer, more zeros when the amount has more. */
function amountFormat(amount: string): string {
  const decimals = amount.includes(".") ? amount.length - amount.indexOf(".") - 1 : 0
  return `0.${"0".repeat(Math.max(2, decimals))}`
}

/** Display only: any amount of up to 15 significant digits round-trips exactly through a cell's double. */
function amountCell(amount: string | null | undefined): number | null {
  return amount == null || amount === "" ? null : Number(amount)
}

const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss "UTC"'
const BOLD = { bold: true }
const ROWS_PER_FLUSH = 256
const OUTPUT_CLOSED = "The payout batch export's output closed before the export finished"

/** Resolves once `out` drains; rejects if it errors or closes first (the client went away). */
function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.removeListener("drain", onDrain)
      out.removeListener("error", onError)
      out.removeListener("close", onClose)
    }
    const onDrain = () => {
      cleanup()
      resolve()
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    const onClose = () => {
      cleanup()
      reject(new Error(OUTPUT_CLOSED))
    }
    out.on("drain", onDrain)
    out.on("error", onError)
    out.on("close", onClose)
  })
}

/**
 * Writes the batch as an XLSX workbook to `out` and ends it: one sheet
 * "Payouts 付款明细" with the summary, the column headers (frozen) and one row
 * per payout, committed as written. Amounts are numeric cells ("0.00");
 * account numbers and references are text cells, so no digit is lost. A
 * batch is at most one row per dealer, so waiting for `out` to drain every
 * few hundred rows is all the back-pressure it needs. On an error `out` is
 * destroyed and the promise rejects.
 */
export async function writePayoutBatchXlsx(
  header: PayoutBatchExportHeader,
  rows: AsyncIterable<PayoutBatchExportRow> | Iterable<PayoutBatchExportRow>,
  out: NodeJS.WritableStream
): Promise<void> {
  const columns = columnsOf(header)
  const summary = summaryOf(header)
  // An error on `out` (a broken socket) fails the export instead of going uncaught.
  let outError: Error | undefined
  const onOutError = (error: Error) => {
    outError ??= error
  }
  out.on("error", onOutError)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out as unknown as Writable,
    useStyles: true,
    useSharedStrings: false,
  })
  try {
    const sheet = workbook.addWorksheet("Payouts 付款明细", {
      views: [{ state: "frozen", ySplit: summary.length + 2 }],
    })
    sheet.columns = columns.map((c) => ({ width: c.width }))

    for (const line of summary) {
      const cells: (string | number | Date | null)[] = [line.label]
      if (line.text !== undefined) cells.push(line.text)
      if (line.count !== undefined) cells.push(line.count)
      if (line.amount !== undefined) cells.push(amountCell(line.amount))
      if (line.date !== undefined) cells.push(line.date)
      const row = sheet.addRow(cells)
      row.getCell(1).font = BOLD
      if (line.amount !== undefined) row.getCell(2).numFmt = amountFormat(line.amount)
      if (line.date) row.getCell(2).numFmt = DATE_FORMAT
      row.commit()
    }
    sheet.addRow([]).commit()
    const headerRow = sheet.addRow(columns.map((c) => c.label))
    headerRow.font = BOLD
    headerRow.commit()

    let written = 0
    for await (const payout of rows) {
      const values = columns.map((c) => {
        const value = c.value(payout)
        if (value == null) return null
        return c.type === "amount" && typeof value === "string" ? amountCell(value) : value
      })
      const row = sheet.addRow(values)
      columns.forEach((c, i) => {
        if (c.type === "amount") row.getCell(i + 1).numFmt = amountFormat(payout.amount)
        if (c.type === "date" && values[i] != null) row.getCell(i + 1).numFmt = DATE_FORMAT
      })
      row.commit()
      if (++written % ROWS_PER_FLUSH === 0) {
        await new Promise<void>((resolve) => setImmediate(resolve))
        if (outError) throw outError
        if ((out as Partial<Writable>).destroyed) throw new Error(OUTPUT_CLOSED)
        if ((out as Partial<Writable>).writableNeedDrain) await drained(out)
      }
    }
    sheet.commit()
    await workbook.commit()
    if (outError) throw outError
    out.removeListener("error", onOutError)
  } catch (error) {
    // Destroyed without an error argument: the caller gets the error from the
    // rejection, and the listener above stays to absorb the dying stream's own.
    const writable = out as Partial<Writable>
    if (typeof writable.destroy === "function" && !writable.destroyed) writable.destroy()
    throw error
  }
}
