import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { CreateDealerLocationBody, DealerLocationsQuery, LinkDealerLocationBody } from "./validators"

/** Validation and auth of the routes for a dealer's own stock locations. */
export const adminDealerLocationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/distribution/dealers/:id/locations",
    middlewares: [validateAndTransformQuery(DealerLocationsQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/dealers/:id/locations",
    middlewares: [validateAndTransformBody(CreateDealerLocationBody)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/dealers/:id/locations/link",
    middlewares: [validateAndTransformBody(LinkDealerLocationBody)],
  },
]
