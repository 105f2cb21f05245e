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
  await writeCsvRecords(records(), out)
}

/**
 * Writes the batch as an XLSX workbook to `out` and ends it: one sheet
 * "Payouts 付款明细" with the summary, the column headers (frozen) and one row
 * per payout, committed as written. Amounts are numeric cells ("0.00");
 * account numbers and references are text cells, so no digit is lost. On an
 * error `out` is destroyed and the promise rejects.
 */
export async function writePayoutBatchXlsx(
  header: PayoutBatchExportHeader,
  rows: AsyncIterable<PayoutBatchExportRow> | Iterable<PayoutBatchExportRow>,
  out: NodeJS.WritableStream
): Promise<void> {
  const columns = columnsOf(header)
  const summary = summaryOf(header)
  await writeXlsxSheet(
    out,
    {
      name: "Payouts 付款明细",
      widths: columns.map((c) => c.width),
      frozenRows: summary.length + 2,
      closedMessage: "The payout batch export's output closed before the export finished",
    },
    async (sheet) => {
      for (const line of summary) sheet.summary(line)
      await sheet.row([])
      await sheet.row(
        columns.map((c) => c.label),
        (row) => (row.font = BOLD)
      )
      for await (const payout of rows) {
        const values = columns.map((c) => {
          const value = c.value(payout)
          if (value == null) return null
          return c.type === "amount" && typeof value === "string" ? amountCell(value) : value
        })
        await sheet.row(values, (row) =>
          columns.forEach((c, i) => {
            if (c.type === "amount") row.getCell(i + 1).numFmt = amountFormat(payout.amount)
            if (c.type === "date" && values[i] != null) row.getCell(i + 1).numFmt = DATE_FORMAT
          })
        )
      }
    }
  )
}
