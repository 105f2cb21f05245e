import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateCustomerTier,
  AdminCustomerTierChangesQuery,
  AdminEvaluateCustomerTiers,
  AdminReplaceCustomerTierRules,
  AdminUpdateCustomerTier,
} from "./validators"
import { adminCustomerInsightsMiddlewares } from "../customers-insights/middlewares"

/**
 * Validation of the customer tier and customer insights routes (admin auth
 * comes with /admin); one array for src/api/middlewares.ts.
 */
export const adminCustomerTierMiddlewares: MiddlewareRoute[] = [
  ...adminCustomerInsightsMiddlewares,
  {
    method: ["POST"],
    matcher: "/admin/distribution/customer-tiers",
    middlewares: [validateAndTransformBody(AdminCreateCustomerTier)],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/customer-tiers/changes",
    middlewares: [validateAndTransformQuery(AdminCustomerTierChangesQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/customer-tiers/evaluate",
    middlewares: [validateAndTransformBody(AdminEvaluateCustomerTiers)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/customer-tiers/:id/rules",
    middlewares: [validateAndTransformBody(AdminReplaceCustomerTierRules)],
  },
  {
    method: ["POST"],
    // Not "/customer-tiers/:id": that would also match (and validate) POST /customer-tiers/evaluate.
    matcher: /^\/admin\/distribution\/customer-tiers\/(?!evaluate\/?$|changes\/?$)[^/]+\/?$/,
    middlewares: [validateAndTransformBody(AdminUpdateCustomerTier)],
  },
]
