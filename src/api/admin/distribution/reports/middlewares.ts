import { validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCommissionReportQuery, AdminSalesReportQuery } from "./validators"

/** Validation of the report routes (admin authentication is Medusa's, on /admin/*). */
export const adminReportMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/distribution/reports/sales",
    middlewares: [validateAndTransformQuery(AdminSalesReportQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/reports/commission",
    middlewares: [validateAndTransformQuery(AdminCommissionReportQuery, {})],
  },
]
