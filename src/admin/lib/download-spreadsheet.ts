import { filenameFromContentDisposition } from "./content-disposition"
import { downloadBlob } from "./download-blob"
import { sdk } from "./sdk"

export type SpreadsheetFormat = "csv" | "xlsx"

const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

/**
 * Fetches a spreadsheet export (`?format=csv|xlsx`) with the admin session (a
 * plain `<a href>` would lose the cookie when the backend is on another
 * origin) and saves it under the server's file name, or
 * `${fallbackName}.${format}` when the header is not readable.
 */
export const downloadSpreadsheet = async (
  path: string,
  {
    format,
    fallbackName,
    query,
  }: { format: SpreadsheetFormat; fallbackName: string; query?: Record<string, unknown> }
) => {
  const response = await sdk.client.fetch<Response>(path, {
    query: { ...query, format },
    headers: { accept: CONTENT_TYPES[format] },
  })
  const filename =
    filenameFromContentDisposition(response.headers.get("content-disposition")) ??
    `${fallbackName}.${format}`
  downloadBlob(await response.blob(), filename)
}
