import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type WarehouseModuleService from "../../../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../../../types/module-names"
import { createRestockCartWorkflow } from "../../../../../workflows/warehouse/workflows/create-restock-cart"
import { restockOrderViews } from "../../../../shared/dealer-stock"
import { currentDealer } from "../current-dealer"
import type { StoreCreateRestockOrderType, StoreDealerStockListQueryType } from "../stock/validators"

/** The signed-in dealer's restock orders, newest first, with the transfers that received them. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const { limit, offset } = req.validatedQuery as StoreDealerStockListQueryType
  const [rows, count] = await req.scope
    .resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    .listAndCountRestockOrders({ dealer_id: dealer.id }, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ restock_orders: await restockOrderViews(req.scope, rows), count, limit, offset })
}

/**
 * Opens a restock cart (进货): a Medusa cart for the dealer's own customer
 * account (tier prices), shipped to its location and flagged as a restock.
 * The storefront completes it with the normal cart API.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateRestockOrderType>, res: MedusaResponse) => {
  await currentDealer(req)
  const salesChannelId = (req as any).publishable_key_context?.sales_channel_ids?.[0] ?? null
  const { result } = await createRestockCartWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      lines: req.validatedBody.lines,
      location_id: req.validatedBody.location_id ?? null,
      region_id: req.validatedBody.region_id ?? null,
      sales_channel_id: salesChannelId,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "region_id",
      "currency_code",
      "customer_id",
      "sales_channel_id",
      "email",
      "metadata",
      "total",
      "subtotal",
      "item_total",
      "items.*",
      "shipping_address.*",
    ],
    filters: { id: result.cart_id },
  })
  res.status(201).json({ cart })
}
