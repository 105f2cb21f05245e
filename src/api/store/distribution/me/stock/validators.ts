import { z } from "@medusajs/framework/zod"

/** The signed-in dealer's stock: all its locations, or one of them; `q` matches SKU or title. */
export const StoreDealerStockQuery = z.strictObject({
  location_id: z.string().min(1).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreDealerStockQueryType = z.infer<typeof StoreDealerStockQuery>

export const StoreDealerStockListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreDealerStockListQueryType = z.infer<typeof StoreDealerStockListQuery>

/** A restock order (进货) from lines; into one of the dealer's locations (its first when left out). */
export const StoreCreateRestockOrder = z.strictObject({
  lines: z
    .array(z.strictObject({ variant_id: z.string().min(1), quantity: z.number().int().min(1).max(100000) }))
    .min(1)
    .max(200),
  location_id: z.string().min(1).optional(),
  region_id: z.string().min(1).optional(),
})
export type StoreCreateRestockOrderType = z.infer<typeof StoreCreateRestockOrder>
