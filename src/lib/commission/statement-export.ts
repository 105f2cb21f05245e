import { Readable, Writable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { stringify } from "csv-stringify"
import Decimal from "decimal.js"
import ExcelJS from "exceljs"

/**
 * A dealer's statement (对账单) as a download: CSV or XLSX, streamed row by
 * row so a dealer with years of entries costs no more memory than one with a
 * few. Amounts stay the exact decimal strings the ledger gives; only the XLSX
 * cell turns them into a number, because that is what a spreadsheet cell is.
 */

export type StatementEntryKind = "accrual" | "reversal" | "adjustment" | "payout"
export type StatementEntryStatus = "pending" | "available" | "paid"

export type StatementExportHeader = {
  dealer_code: string
  dealer_name: string
  currency_code: string
  period_label: string
  from: Date
  to: Date
  opening_balance: string
  closing_balance: string
  totals_by_kind: Record<StatementEntryKind, string>
  totals_by_status: Record<StatementEntryStatus, string>
}

export type StatementExportRow = {
  created_at: Date
  kind: string
  status: string
  order_display_id: number | null
  order_id: string | null
  product_title: string | null
  level: number | null
  base: string | null
  /** A fraction: "0.05" is 5%. */
  rate: string | null
  amount: string
  reason: string | null
  entry_id: string
}

/** Column headers in English and Chinese, so either reader finds their way. */
export const STATEMENT_COLUMNS = [
  "Date 日期",
  "Kind 类型",
  "Status 状态",
  "Order 订单号",
  "Order ID 订单ID",
  "Product 商品",
  "Level 层级",
  "Base 计佣基数",
  "Rate 比例",
  "Amount 金额",
  "Reason 备注",
  "Entry ID 流水号",
] as const

const KIND_LABELS: [StatementEntryKind, string][] = [
  ["accrual", "Accrual 佣金"],
  ["reversal", "Reversal 冲回"],
  ["adjustment", "Adjustment 调整"],
  ["payout", "Payout 提现"],
]
const STATUS_LABELS: [StatementEntryStatus, string][] = [
  ["pending", "Pending 待结算"],
  ["available", "Available 可提现"],
  ["paid", "Paid 已支付"],
]

type Cell = string | number | Date | null
type SummaryLine = { label: string; value?: string; text?: string; date?: Date; amount?: string }

function summaryBefore(header: StatementExportHeader): SummaryLine[] {
  return [
    { label: "Dealer 经销商", text: header.dealer_code, value: header.dealer_name },
    { label: "Period 账期", text: header.period_label },
    { label: "From (UTC) 起", date: header.from },
    { label: "To (UTC, exclusive) 止", date: header.to },
    { label: "Currency 币种", text: header.currency_code.toUpperCase() },
    { label: "Opening balance 期初余额", amount: header.opening_balance },
  ]
}

function summaryAfter(header: StatementExportHeader): SummaryLine[] {
  return [
    { label: "Totals by kind 按类型合计" },
    ...KIND_LABELS.map(([kind, label]) => ({ label, amount: header.totals_by_kind[kind] })),
    { label: "Totals by status 按状态合计" },
    ...STATUS_LABELS.map(([status, label]) => ({ label, amount: header.totals_by_status[status] })),
    { label: "Closing balance 期末余额", amount: header.closing_balance },
  ]
}

/** A rate fraction as a percent, exactly: "0.05" ⇒ "5.00%", "0.12345" ⇒ "12.345%". */
export function formatRatePercent(rate: string): string {
  const percent = new Decimal(rate).times(100)
  return `${percent.toFixed(Math.max(2, percent.decimalPlaces()))}%`
}

/**
 * Spreadsheets run text starting with = + - @ (or a tab / carriage return) as
 * a formula when they open a CSV; a leading apostrophe keeps such free text
 * (product titles, reasons, names) inert. Amounts are never passed here.
 */
function inertText(value: string | null | undefined): string {
  if (value == null) return ""
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

function csvSummary(line: SummaryLine): string[] {
  const cells = [line.label]
  if (line.text !== undefined) cells.push(inertText(line.text))
  if (line.value !== undefined) cells.push(inertText(line.value))
  if (line.date) cells.push(line.date.toISOString())
  if (line.amount !== undefined) cells.push(line.amount)
  return cells
}

function csvRow(row: StatementExportRow): string[] {
  return [
    row.created_at.toISOString(),
    inertText(row.kind),
    inertText(row.status),
    row.order_display_id == null ? "" : String(row.order_display_id),
    inertText(row.order_id),
    inertText(row.product_title),
    row.level == null ? "" : String(row.level),
    row.base ?? "",
    row.rate == null ? "" : formatRatePercent(row.rate),
    row.amount,
    inertText(row.reason),
    inertText(row.entry_id),
  ]
}

/**
 * Writes the statement as CSV to `out` and ends it: UTF-8 with a BOM (so
 * Excel reads the Chinese right), CRLF lines, the summary first, then one
 * line per entry in the order given, then the totals and the closing balance.
 * Rows are pulled from `rows` only as fast as `out` takes them; on an error
 * `out` is destroyed and the promise rejects.
 */
export async function writeStatementCsv(
  header: StatementExportHeader,
  rows: AsyncIterable<StatementExportRow>,
  out: NodeJS.WritableStream
): Promise<void> {
  async function* records(): AsyncGenerator<string[]> {
    for (const line of summaryBefore(header)) yield csvSummary(line)
    yield []
    yield [...STATEMENT_COLUMNS]
    for await (const row of rows) yield csvRow(row)
    yield []
    for (const line of summaryAfter(header)) yield csvSummary(line)
  }
  await pipeline(
    Readable.from(records()),
    stringify({ bom: true, record_delimiter: "windows" }),
    out
  )
}

/** "0.00" for two decimals or fewer, more zeros when the amount has more. */
function amountFormat(amount: string): string {
  const decimals = amount.includes(".") ? amount.length - amount.indexOf(".") - 1 : 0
  return `0.${"0".repeat(Math.max(2, decimals))}`
}

/**
 * An exact decimal string as a spreadsheet number. A cell holds an IEEE
 * double: any money amount of up to 15 significant digits (e.g. a 2-decimal
 * amount below 10¹³) round-trips exactly to the same decimal text, which is
 * all a displayed cell needs. Nothing is computed with the number.
 */
function amountCell(amount: string | null): number | null {
  return amount == null || amount === "" ? null : Number(amount)
}

const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss "UTC"'
const COLUMN_WIDTHS = [22, 14, 14, 12, 30, 32, 10, 14, 10, 14, 30, 30]
const BOLD = { bold: true }

/** How many rows to write between checks that `out` keeps up. */
const ROWS_PER_FLUSH = 256

const OUTPUT_CLOSED = "The statement export's output closed before the export finished"

/**
 * Waits for `stream` to drain; rejects when `out` errors or closes first (a
 * client that went away), so a stalled export never hangs.
 */
function waitForDrain(stream: NodeJS.EventEmitter, out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const emitters = stream === out ? [out] : [stream, out]
    const cleanup = () => {
      stream.removeListener("drain", onDrain)
      for (const emitter of emitters) {
        emitter.removeListener("error", onError)
        emitter.removeListener("close", onClose)
      }
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
    stream.on("drain", onDrain)
    for (const emitter of emitters) {
      emitter.on("error", onError)
      emitter.on("close", onClose)
    }
  })
}

/** A writable of either Node's streams or the readable-stream 2 copy that archiver uses. */
type DrainableStream = NodeJS.EventEmitter & {
  writableNeedDrain?: boolean
  _writableState?: { needDrain?: boolean }
}

function needsDrain(stream: DrainableStream): boolean | undefined {
  return typeof stream.writableNeedDrain === "boolean"
    ? stream.writableNeedDrain
    : stream._writableState?.needDrain
}

/**
 * The buffer in front of the zip compressor that the sheet's XML waits in.
 * exceljs's sheet stream writes into it ignoring back-pressure, so it grows
 * whenever compression falls behind (measured: the whole sheet, for an
 * in-memory row source); waiting for its "drain" keeps it at a chunk or two.
 * This reads exceljs 4 / archiver 5 internals (worksheet.stream.pipes[0], a
 * readable-stream 2 PassThrough): if they change, undefined, and only `out`
 * is waited on.
 */
function sheetBacklog(sheet: ExcelJS.Worksheet): DrainableStream | undefined {
  const pipes = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes
  const target = Array.isArray(pipes) ? (pipes[0] as DrainableStream | undefined) : undefined
  return target && typeof target.on === "function" && typeof needsDrain(target) === "boolean"
    ? target
    : undefined
}

/**
 * Lets the compressor run, then waits while it or `out` is behind, so the
 * rows are pulled only as fast as the output takes them.
 */
async function letOutputCatchUp(
  out: NodeJS.WritableStream,
  backlog: DrainableStream | undefined,
  outError: () => Error | undefined
): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve))
  const error = outError()
  if (error) throw error
  if ((out as Partial<Writable>).destroyed) throw new Error(OUTPUT_CLOSED)
  if (backlog && needsDrain(backlog)) await waitForDrain(backlog, out)
  if (needsDrain(out as DrainableStream)) await waitForDrain(out, out)
}

/**
 * Writes the statement as an XLSX workbook to `out` and ends it: one sheet
 * "Statement 对账单" with the summary, the column headers, one row per entry
 * committed as it is written (memory stays flat), then the totals and the
 * closing balance. Amounts are numeric cells formatted "0.00". On an error
 * `out` is destroyed and the promise rejects.
 */
export async function writeStatementXlsx(
  header: StatementExportHeader,
  rows: AsyncIterable<StatementExportRow>,
  out: NodeJS.WritableStream
): Promise<void> {
  const before = summaryBefore(header)
  const columnHeaderRow = before.length + 2
  // An error on `out` (a broken socket) fails the export instead of going uncaught.
  let outError: Error | undefined
  const onOutError = (error: Error) => {
    outError ??= error
  }
  out.on("error", onOutError)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out as unknown as Writable,
    useStyles: true,
    // Shared strings would keep every distinct text in memory until the end.
    useSharedStrings: false,
  })
  try {
    const sheet = workbook.addWorksheet("Statement 对账单", {
      views: [{ state: "frozen", ySplit: columnHeaderRow }],
    })
    sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }))
    const backlog = sheetBacklog(sheet)

    const addSummary = (line: SummaryLine) => {
      const cells: Cell[] = [line.label]
      if (line.text !== undefined) cells.push(line.text)
      if (line.value !== undefined) cells.push(line.value)
      if (line.date) cells.push(line.date)
      if (line.amount !== undefined) cells.push(amountCell(line.amount))
      const row = sheet.addRow(cells)
      row.getCell(1).font = BOLD
      if (line.date) row.getCell(2).numFmt = DATE_FORMAT
      if (line.amount !== undefined) row.getCell(2).numFmt = amountFormat(line.amount)
      row.commit()
    }

    for (const line of before) addSummary(line)
    sheet.addRow([]).commit()
    const headerRow = sheet.addRow([...STATEMENT_COLUMNS])
    headerRow.font = BOLD
    headerRow.commit()

    let written = 0
    for await (const entry of rows) {
      const row = sheet.addRow([
        entry.created_at,
        entry.kind,
        entry.status,
        entry.order_display_id,
        entry.order_id,
        entry.product_title,
        entry.level,
        amountCell(entry.base),
        amountCell(entry.rate),
        amountCell(entry.amount),
        entry.reason,
        entry.entry_id,
      ])
      row.getCell(1).numFmt = DATE_FORMAT
      if (entry.base != null) row.getCell(8).numFmt = amountFormat(entry.base)
      if (entry.rate != null) row.getCell(9).numFmt = "0.00%"
      row.getCell(10).numFmt = amountFormat(entry.amount)
      row.commit()
      if (++written % ROWS_PER_FLUSH === 0) await letOutputCatchUp(out, backlog, () => outError)
    }

    sheet.addRow([]).commit()
    for (const line of summaryAfter(header)) addSummary(line)
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
