import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/**
 * Medusa's `createFindParams` with a checked page: its own limit and offset
 * take any number (-5, 1.5, 1e309), which reach Postgres and come back as a
 * 500. Here they are whole numbers in range, or a 400 that says so.
 */
export const findParams = (defaults: { limit: number; offset?: number; order?: string }) => ({
  ...createFindParams({ limit: defaults.limit, offset: defaults.offset ?? 0, order: defaults.order }).shape,
  limit: z.coerce.number().int().min(1).max(1000).default(defaults.limit),
  offset: z.coerce.number().int().min(0).default(defaults.offset ?? 0),
})
