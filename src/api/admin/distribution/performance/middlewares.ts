import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateTierRule,
  AdminDecideTierProposal,
  AdminEvaluateTiers,
  AdminTierProposalsQuery,
  AdminTierRulesQuery,
  AdminUpdateTierRule,
  DashboardQuery,
  EmptyQuery,
  PerformanceLeagueQuery,
  PerformancePeriodQuery,
} from "./validators"

/** Validation of the dealer performance, tier rule and dashboard routes (admin auth is Medusa's). */
export const adminPerformanceMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/distribution/dashboard",
    middlewares: [validateAndTransformQuery(DashboardQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/performance/dealers",
    middlewares: [validateAndTransformQuery(PerformanceLeagueQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/performance/dealers/:id",
    middlewares: [validateAndTransformQuery(PerformancePeriodQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/performance/evaluate",
    middlewares: [validateAndTransformBody(AdminEvaluateTiers)],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/performance/tier-rules",
    middlewares: [validateAndTransformQuery(AdminTierRulesQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/performance/tier-rules",
    middlewares: [validateAndTransformBody(AdminCreateTierRule)],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/distribution/performance/tier-rules/:id",
    middlewares: [validateAndTransformQuery(EmptyQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/performance/tier-rules/:id",
    middlewares: [validateAndTransformBody(AdminUpdateTierRule)],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/performance/tier-proposals",
    middlewares: [validateAndTransformQuery(AdminTierProposalsQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/performance/tier-proposals/:id/accept",
    middlewares: [validateAndTransformBody(AdminDecideTierProposal)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/performance/tier-proposals/:id/reject",
    middlewares: [validateAndTransformBody(AdminDecideTierProposal)],
  },
]
