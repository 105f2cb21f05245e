import Decimal from "decimal.js"
import {
  amountCell,
  amountFormat,
  BOLD,
  csvSummary,
  DATE_FORMAT,
  inertText,
  SummaryLine,
  writeCsvRecords,
  writeXlsxSheet,
} from "../export/spreadsheet-export"

/**
 * A dealer's statement (对账单) as a download: CSV or XLSX, streamed row by
 * row so a dealer with years of entries costs no more memory than one with a
 * few. Amounts stay the exact decimal strings the ledger gives; only the XLSX
 * cell turns them into a number, because that is what a spreadsheet cell is.
 */

export type StatementEntryKind = "accrual" | "reversal" | "adjustment" | "payout"
export type StatementEntryStatus = "pending" | "available" | "reserved" | "paid"

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
  ["reserved", "Reserved 打款中"],
  ["paid", "Paid 已支付"],
]

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
  await writeCsvRecords(records(), out)
}

const COLUMN_WIDTHS = [22, 14, 14, 12, 30, 32, 10, 14, 10, 14, 30, 30]

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
  await writeXlsxSheet(
    out,
    {
      name: "Statement 对账单",
      widths: COLUMN_WIDTHS,
      frozenRows: before.length + 2,
      closedMessage: "The statement export's output closed before the export finished",
    },
    async (sheet) => {
      for (const line of before) sheet.summary(line)
      await sheet.row([])
      await sheet.row([...STATEMENT_COLUMNS], (row) => (row.font = BOLD))
      for await (const entry of rows) {
        await sheet.row(
          [
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
          ],
          (row) => {
            row.getCell(1).numFmt = DATE_FORMAT
            if (entry.base != null) row.getCell(8).numFmt = amountFormat(entry.base)
            if (entry.rate != null) row.getCell(9).numFmt = "0.00%"
            row.getCell(10).numFmt = amountFormat(entry.amount)
          }
        )
      }
      await sheet.row([])
      for (const line of summaryAfter(header)) sheet.summary(line)
    }
  )
}
