import { validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AnalysisNetworkQuery, AnalysisStockQuery, AnalysisSummaryQuery } from "./validators"

/** Validation and auth of the routes for inventory analysis. */
export const adminInventoryAnalysisMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/distribution/warehouse/analysis/summary",
    middlewares: [validateAndTransformQuery(AnalysisSummaryQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/warehouse/analysis/stock",
    middlewares: [validateAndTransformQuery(AnalysisStockQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/warehouse/analysis/network",
    middlewares: [validateAndTransformQuery(AnalysisNetworkQuery, {})],
  },
]
