import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCreateRestockOrder, StoreDealerStockListQuery, StoreDealerStockQuery } from "./validators"

const signedInCustomer = authenticate("customer", ["session", "bearer"])

/** Validation and auth of the routes for a dealer's own stock and restock orders. */
export const storeDealerStockMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/distribution/me/stock",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreDealerStockQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/stock/transfers",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreDealerStockListQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/restock-orders",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreDealerStockListQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/distribution/me/restock-orders",
    middlewares: [signedInCustomer, validateAndTransformBody(StoreCreateRestockOrder)],
  },
]
