import { authenticate, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StorePerformanceQuery } from "./validators"

/** The signed-in dealer's own performance. */
export const storeDealerPerformanceMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/distribution/me/performance",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StorePerformanceQuery, {})],
  },
]
