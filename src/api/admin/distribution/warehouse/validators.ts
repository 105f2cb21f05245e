import { z } from "@medusajs/framework/zod"
import { STOCK_COUNT_STATUSES, STOCK_TRANSFER_KINDS, STOCK_TRANSFER_STATUSES } from "../../../../types/warehouse"
import { currencyCode } from "../../../shared/commission-validators"

const id = z.string().trim().min(1).max(100)
const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
const quantity = z.number().int().positive().max(2_147_483_647)
const count = z.number().int().min(0).max(2_147_483_647)
const note = z.string().trim().max(1000).nullish()
const isoDate = z
  .string()
  .trim()
  .refine((v) => !Number.isNaN(Date.parse(v)), "Expected an ISO date such as 2026-01-31.")

export const LocationListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  owner: z.enum(["producer", "dealer"]).optional(),
  dealer_id: id.optional(),
  ...page,
})
export type LocationListQueryType = z.infer<typeof LocationListQuery>

export const InventoryQuery = z.strictObject({
  location_id: id,
  q: z.string().trim().max(200).optional(),
  ...page,
})
export type InventoryQueryType = z.infer<typeof InventoryQuery>

export const TransferListQuery = z.strictObject({
  status: z.enum(STOCK_TRANSFER_STATUSES).optional(),
  kind: z.enum(STOCK_TRANSFER_KINDS).optional(),
  from_location_id: id.optional(),
  to_location_id: id.optional(),
  location_id: id.optional(),
  created_from: isoDate.optional(),
  created_to: isoDate.optional(),
  q: z.string().trim().max(200).optional(),
  ...page,
})
export type TransferListQueryType = z.infer<typeof TransferListQuery>

const transferLines = z
  .array(z.strictObject({ inventory_item_id: id, quantity }))
  .min(1, "A transfer needs at least one line.")
  .max(500)

export const CreateTransferBody = z.strictObject({
  from_location_id: id,
  to_location_id: id,
  note,
  lines: transferLines,
})
export type CreateTransferBodyType = z.infer<typeof CreateTransferBody>

export const UpdateTransferBody = z.strictObject({ note, lines: transferLines.optional() })
export type UpdateTransferBodyType = z.infer<typeof UpdateTransferBody>

export const ReceiveTransferBody = z.strictObject({
  lines: z
    .array(z.strictObject({ line_id: id, received_quantity: count, note: z.string().trim().max(500).nullish() }))
    .max(500)
    .optional(),
})
export type ReceiveTransferBodyType = z.infer<typeof ReceiveTransferBody>

export const EmptyBody = z.strictObject({})

export const CountListQuery = z.strictObject({
  status: z.enum(STOCK_COUNT_STATUSES).optional(),
  location_id: id.optional(),
  ...page,
})
export type CountListQueryType = z.infer<typeof CountListQuery>

export const CreateCountBody = z.strictObject({
  location_id: id,
  note,
  inventory_item_ids: z.array(id).min(1).max(5000).optional(),
  q: z.string().trim().min(1).max(200).optional(),
})
export type CreateCountBodyType = z.infer<typeof CreateCountBody>

export const CountLinesQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  state: z.enum(["all", "uncounted", "counted", "variance"]).default("all"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type CountLinesQueryType = z.infer<typeof CountLinesQuery>

export const RecordCountsBody = z.strictObject({
  lines: z
    .array(
      z
        .strictObject({
          line_id: id.optional(),
          inventory_item_id: id.optional(),
          sku: z.string().trim().min(1).max(200).optional(),
          counted_quantity: count.nullable(),
        })
        .refine((l) => [l.line_id, l.inventory_item_id, l.sku].filter(Boolean).length === 1, "Give exactly one of line_id, inventory_item_id or sku.")
    )
    .min(1)
    .max(5000),
})
export type RecordCountsBodyType = z.infer<typeof RecordCountsBody>

export const ImportCountsBody = z.strictObject({ csv: z.string().min(1).max(5_000_000) })
export type ImportCountsBodyType = z.infer<typeof ImportCountsBody>

export const ExportQuery = z.strictObject({ format: z.enum(["csv", "xlsx"]).default("csv") })

export const ItemCostListQuery = z.strictObject({ inventory_item_id: z.union([id, z.array(id).max(100)]).optional() })
export type ItemCostListQueryType = z.infer<typeof ItemCostListQuery>

export const SaveItemCostBody = z.strictObject({
  inventory_item_id: id,
  currency_code: currencyCode,
  unit_cost: z
    .union([z.string().trim(), z.number()])
    .transform((v) => String(v))
    .refine((v) => /^\d{1,13}(\.\d{1,6})?$/.test(v), "Expected a unit cost ≥ 0 with up to 6 decimals, such as 12.50."),
})
export type SaveItemCostBodyType = z.infer<typeof SaveItemCostBody>
