import {
  amountCell,
  amountFormat,
  BOLD,
  csvSummary,
  inertText,
  SummaryLine,
  writeCsvRecords,
  writeXlsxSheet,
} from "../export/spreadsheet-export"

/**
 * A report as a download: a few summary lines (report, period, currency),
 * the table with bilingual headers, and a totals line. CSV for Excel (BOM,
 * CRLF) or XLSX; amounts stay the exact decimal strings until the XLSX cell.
 */

export type ReportColumn = {
  /** Header, English and Chinese. */
  header: string
  /** The row field. */
  field: string
  kind: "text" | "count" | "amount"
  width?: number
}

export type ReportFile = {
  title: string
  summary: SummaryLine[]
  columns: ReportColumn[]
  /** The rows, or a stream of them (a whole report, read in batches). */
  rows: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>
  totals: Record<string, unknown>
}

const text = (v: unknown) => (v == null ? "" : String(v))

function csvCells(columns: ReportColumn[], row: Record<string, unknown>): string[] {
  return columns.map((c) => (c.kind === "text" ? inertText(text(row[c.field])) : text(row[c.field])))
}

export async function writeReportCsv(file: ReportFile, out: NodeJS.WritableStream): Promise<void> {
  async function* records(): AsyncGenerator<string[]> {
    yield [file.title]
    for (const line of file.summary) yield csvSummary(line)
    yield []
    yield file.columns.map((c) => c.header)
    for await (const row of file.rows) yield csvCells(file.columns, row)
    yield csvCells(file.columns, file.totals)
  }
  await writeCsvRecords(records(), out)
}

export async function writeReportXlsx(file: ReportFile, out: NodeJS.WritableStream): Promise<void> {
  await writeXlsxSheet(
    out,
    {
      name: file.title.slice(0, 31),
      widths: file.columns.map((c) => c.width ?? (c.kind === "text" ? 28 : 14)),
      frozenRows: file.summary.length + 3,
      closedMessage: "The client closed the connection before the report was written.",
    },
    async (sheet) => {
      const title = sheet.sheet.addRow([file.title])
      title.getCell(1).font = BOLD
      title.commit()
      for (const line of file.summary) sheet.summary(line)
      sheet.sheet.addRow([]).commit()
      await sheet.row(file.columns.map((c) => c.header), (row) => {
        row.font = BOLD
      })
      const cells = (row: Record<string, unknown>) =>
        file.columns.map((c) =>
          c.kind === "amount" ? amountCell(text(row[c.field])) : c.kind === "count" ? Number(row[c.field] ?? 0) : text(row[c.field])
        )
      const style = (values: Record<string, unknown>, bold: boolean) => (row: any) => {
        file.columns.forEach((c, i) => {
          if (c.kind === "amount") row.getCell(i + 1).numFmt = amountFormat(text(values[c.field]) || "0")
        })
        if (bold) row.font = BOLD
      }
      for await (const row of file.rows) await sheet.row(cells(row), style(row, false))
      await sheet.row(cells(file.totals), style(file.totals, true))
    }
  )
}
