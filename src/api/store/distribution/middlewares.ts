import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCreateDealerApplication, StoreEmptyQuery } from "./validators"

// Dealer-portal routes act for the signed-in customer only.
const signedInCustomer = authenticate("customer", ["session", "bearer"])

export const storeDistributionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/distribution/me",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreEmptyQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/applications",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreEmptyQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/distribution/applications",
    middlewares: [signedInCustomer, validateAndTransformBody(StoreCreateDealerApplication)],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/tiers",
    middlewares: [validateAndTransformQuery(StoreEmptyQuery, {})],
  },
]
