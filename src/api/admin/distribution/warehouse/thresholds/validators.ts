import { z } from "@medusajs/framework/zod"
import { STOCK_ALERT_STATUSES } from "../../../../../types/warehouse"

const id = z.string().trim().min(1).max(100)
const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
const quantity = z.number().int().max(2_147_483_647)

export const ThresholdListQuery = z.strictObject({
  inventory_item_id: id.optional(),
  location_id: id.optional(),
  q: z.string().trim().max(200).optional(),
  ...page,
})
export type ThresholdListQueryType = z.infer<typeof ThresholdListQuery>

export const SaveThresholdsBody = z.strictObject({
  thresholds: z
    .array(
      z.strictObject({
        inventory_item_id: id,
        location_id: id,
        reorder_point: quantity.min(0),
        /** Left out: unchanged; null: back to the default (twice the reorder point minus what is available). */
        reorder_quantity: quantity.min(1).nullish(),
      })
    )
    .min(1)
    .max(500),
})
export type SaveThresholdsBodyType = z.infer<typeof SaveThresholdsBody>

export const ImportThresholdsBody = z.strictObject({
  csv: z.string().min(1).max(2_000_000),
})
export type ImportThresholdsBodyType = z.infer<typeof ImportThresholdsBody>

export const AlertListQuery = z.strictObject({
  status: z.enum(STOCK_ALERT_STATUSES).optional(),
  location_id: id.optional(),
  inventory_item_id: id.optional(),
  q: z.string().trim().max(200).optional(),
  ...page,
})
export type AlertListQueryType = z.infer<typeof AlertListQuery>

export const EmptyBody = z.strictObject({})
