import { Readable, Writable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { stringify } from "csv-stringify"
import ExcelJS from "exceljs"

/**
 * What every download of the plugin (statements, payout batches) shares:
 * CSV written for Excel (BOM, CRLF), XLSX through exceljs' streaming writer
 * with back-pressure, cells that keep amounts exact and free text inert.
 */

export type Cell = string | number | Date | null

/** A label and one or two values, above or below a file's table. */
export type SummaryLine = {
  label: string
  text?: string | null
  value?: string
  count?: number
  date?: Date | null
  amount?: string
}

export const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss "UTC"'
export const BOLD = { bold: true }
/** How many rows to write between checks that `out` keeps up. */
const ROWS_PER_FLUSH = 256

/** "0.00" for two decimals or fewer, more zeros when the amount has more. */
export function amountFormat(amount: string): string {
  const decimals = amount.includes(".") ? amount.length - amount.indexOf(".") - 1 : 0
  return `0.${"0".repeat(Math.max(2, decimals))}`
}

/**
 * An exact decimal string as a spreadsheet number. A cell holds an IEEE
 * double: any money amount of up to 15 significant digits (e.g. a 2-decimal
 * amount below 10¹³) round-trips exactly to the same decimal text, which is
 * all a displayed cell needs. Nothing is computed with the number.
 */
export function amountCell(amount: string | null | undefined): number | null {
  return amount == null || amount === "" ? null : Number(amount)
}

/**
 * Spreadsheets run text starting with = + - @ (or a tab / carriage return) as
 * a formula when they open a CSV; a leading apostrophe keeps such free text
 * (product titles, reasons, names) inert. Amounts are never passed here.
 */
export function inertText(value: string | null | undefined): string {
  if (value == null) return ""
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function csvSummary(line: SummaryLine): string[] {
  const cells = [line.label]
  if (line.text !== undefined) cells.push(inertText(line.text))
  if (line.value !== undefined) cells.push(inertText(line.value))
  if (line.count !== undefined) cells.push(String(line.count))
  if (line.date !== undefined) cells.push(line.date ? line.date.toISOString() : "")
  if (line.amount !== undefined) cells.push(line.amount)
  return cells
}

/** Writes CSV records to `out` and ends it: UTF-8 with a BOM (so Excel reads Chinese right), CRLF lines. */
export async function writeCsvRecords(records: AsyncIterable<string[]>, out: NodeJS.WritableStream): Promise<void> {
  await pipeline(Readable.from(records), stringify({ bom: true, record_delimiter: "windows" }), out)
}

/** A streaming sheet: rows are committed as written; `row()` waits for the output every few hundred rows. */
export type StreamingSheet = {
  sheet: ExcelJS.Worksheet
  /** Adds and commits a row, letting the output catch up every ROWS_PER_FLUSH rows. */
  row(cells: Cell[], style?: (row: ExcelJS.Row) => void): Promise<void>
  summary(line: SummaryLine): void
}

/**
 * Writes one sheet as an XLSX workbook to `out` and ends it, rows committed
 * as `fill` adds them (memory stays flat). An error on `out` (a client that
 * went away) fails the export; on any error `out` is destroyed and the
 * promise rejects.
 */
export async function writeXlsxSheet(
  out: NodeJS.WritableStream,
  options: { name: string; widths: number[]; frozenRows: number; closedMessage: string },
  fill: (sheet: StreamingSheet) => Promise<void>
): Promise<void> {
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
    const sheet = workbook.addWorksheet(options.name, { views: [{ state: "frozen", ySplit: options.frozenRows }] })
    sheet.columns = options.widths.map((width) => ({ width }))
    const backlog = sheetBacklog(sheet)
    let written = 0
    await fill({
      sheet,
      async row(cells, style) {
        const row = sheet.addRow(cells)
        style?.(row)
        row.commit()
        if (++written % ROWS_PER_FLUSH === 0) {
          await letOutputCatchUp(out, backlog, () => outError, options.closedMessage)
        }
      },
      summary(line) {
        const cells: Cell[] = [line.label]
        if (line.text !== undefined) cells.push(line.text)
        if (line.value !== undefined) cells.push(line.value)
        if (line.count !== undefined) cells.push(line.count)
        if (line.date !== undefined) cells.push(line.date)
        if (line.amount !== undefined) cells.push(amountCell(line.amount))
        const row = sheet.addRow(cells)
        row.getCell(1).font = BOLD
        if (line.date) row.getCell(2).numFmt = DATE_FORMAT
        if (line.amount !== undefined) row.getCell(2).numFmt = amountFormat(line.amount)
        row.commit()
      },
    })
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

/**
 * Waits for `stream` to drain; rejects when `out` errors or closes first (a
 * client that went away), so a stalled export never hangs.
 */
function waitForDrain(stream: NodeJS.EventEmitter, out: NodeJS.WritableStream, closedMessage: string): Promise<void> {
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
      reject(new Error(closedMessage))
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
  return typeof stream.writableNeedDrain === "boolean" ? stream.writableNeedDrain : stream._writableState?.needDrain
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
  return target && typeof target.on === "function" && typeof needsDrain(target) === "boolean" ? target : undefined
}

/**
 * Lets the compressor run, then waits while it or `out` is behind, so the
 * rows are pulled only as fast as the output takes them.
 */
async function letOutputCatchUp(
  out: NodeJS.WritableStream,
  backlog: DrainableStream | undefined,
  outError: () => Error | undefined,
  closedMessage: string
): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve))
  const error = outError()
  if (error) throw error
  if ((out as Partial<Writable>).destroyed) throw new Error(closedMessage)
  if (backlog && needsDrain(backlog)) await waitForDrain(backlog, out, closedMessage)
  if (needsDrain(out as DrainableStream)) await waitForDrain(out, out, closedMessage)
}
