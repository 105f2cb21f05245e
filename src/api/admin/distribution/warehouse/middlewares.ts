import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and auth of the routes for transfers, counts, locations, inventory lookups and item costs. */
export const adminWarehouseMiddlewares: MiddlewareRoute[] = []
