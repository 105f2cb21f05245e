import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const hasNul = (value: unknown, depth = 0): boolean => {
  if (typeof value === "string") return value.includes("\u0000")
  if (depth > 32 || value === null || typeof value !== "object") return false
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => k.includes("\u0000") || hasNul(v, depth + 1))
}

/**
 * PostgreSQL text cannot hold a NUL character: a "\u0000" in a path id, a
 * query or a JSON body would reach the database and fail there as a 500.
 * Refused up front with a 400 instead, for every plugin route.
 */
export function rejectNulBytes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (/%00/i.test(req.originalUrl ?? "") || hasNul(req.query) || hasNul(req.body)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Text may not contain NUL (\\u0000) characters."))
  }
  next()
}
