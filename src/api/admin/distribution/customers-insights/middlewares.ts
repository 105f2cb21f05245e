import { validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCustomerInsightQuery, AdminCustomerInsightsListQuery } from "./validators"

/** Validation of the customer insights routes (admin auth comes with /admin). */
export const adminCustomerInsightsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/distribution/customers-insights",
    middlewares: [validateAndTransformQuery(AdminCustomerInsightsListQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/customers-insights/:customer_id",
    middlewares: [validateAndTransformQuery(AdminCustomerInsightQuery, {})],
  },
]
