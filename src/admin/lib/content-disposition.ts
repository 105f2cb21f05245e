/**
 * The file name a `Content-Disposition` header offers: the RFC 5987
 * `filename*=UTF-8''…` form first (it carries non-ASCII names), else
 * `filename="…"`; null when there is none (or the header is not exposed).
 */
export const filenameFromContentDisposition = (header?: string | null): string | null => {
  if (!header) {
    return null
  }
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, "")) || null
    } catch {
      // A malformed escape: fall back to the plain form.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header)
  const name = plain ? (plain[1] ?? plain[2] ?? "").replace(/\\(.)/g, "$1").trim() : ""
  return name || null
}
