import { model } from "@medusajs/framework/utils"

/**
 * One line of one order, as the reports read it (a star-schema fact): who
 * bought, which dealer brought it (with its upline frozen at placement), what
 * was sold, where, for how much, and what became of it (returned, refunded,
 * canceled) and the commission it earned. Every order has its lines here,
 * attributed or not, so sales reports tie out to Medusa's orders; the dealer
 * columns are null for an unattributed order.
 *
 * A row is never edited by hand: a line's row is recomputed from the order,
 * its attribution and the ledger and upserted on `line_item_id`, so repeated
 * and reordered events converge on the same row.
 *
 * Net sales = `net_amount − refunded_amount`. Indexes are written in the
 * migration (plain b-trees, not partial: rows are never soft-deleted).
 */
export const SalesFact = model.define({ tableName: "sales_fact", name: "SalesFact" }, {
  id: model.id({ prefix: "sfact" }).primaryKey(),
  order_id: model.text(),
  line_item_id: model.text(),
  order_display_id: model.number().nullable(),
  placed_at: model.dateTime(),
  customer_id: model.text().nullable(),
  dealer_id: model.text().nullable(),
  dealer_tier_id: model.text().nullable(),
  /** The attributed dealer's upline when the order was placed, nearest first, without the dealer itself. */
  upline_dealer_ids: model.array().default([]),
  product_id: model.text().nullable(),
  variant_id: model.text().nullable(),
  sku: model.text().nullable(),
  product_title: model.text().nullable(),
  collection_id: model.text().nullable(),
  category_ids: model.array().default([]),
  region_id: model.text().nullable(),
  country_code: model.text().nullable(),
  sales_channel_id: model.text().nullable(),
  currency_code: model.text(),
  quantity: model.number(),
  returned_quantity: model.number().default(0),
  /** The whole line after discounts, before tax and shipping. */
  net_amount: model.bigNumber(),
  /** The share of net_amount returned, refunded or canceled (all of it when canceled). */
  refunded_amount: model.bigNumber().default(0),
  /** This line's commission: accruals minus reversals, every level. */
  commission_amount: model.bigNumber().default(0),
  canceled: model.boolean().default(false),
})
