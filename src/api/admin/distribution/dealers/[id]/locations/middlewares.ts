import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and auth of the routes for a dealer's own stock locations. */
export const adminDealerLocationMiddlewares: MiddlewareRoute[] = []
