import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and auth of the routes for low-stock thresholds and alerts. */
export const adminStockAlertMiddlewares: MiddlewareRoute[] = []
