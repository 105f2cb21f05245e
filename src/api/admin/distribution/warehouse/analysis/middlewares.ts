import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and auth of the routes for inventory analysis. */
export const adminInventoryAnalysisMiddlewares: MiddlewareRoute[] = []
