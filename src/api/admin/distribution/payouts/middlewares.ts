import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  CreatePayoutBatchBody,
  EmptyBody,
  ExportQuery,
  LockPayoutAccountBody,
  MarkPayoutFailedBody,
  MarkPayoutPaidBody,
  PayoutAccountBody,
  PayoutBatchListQuery,
  PayoutListQuery,
} from "../../../shared/payout-validators"

const empty = [validateAndTransformBody(EmptyBody)]

export const adminPayoutMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/distribution/payouts/batches", middlewares: [validateAndTransformQuery(PayoutBatchListQuery, {})] },
  { method: ["POST"], matcher: "/admin/distribution/payouts/batches", middlewares: [validateAndTransformBody(CreatePayoutBatchBody)] },
  { method: ["POST"], matcher: "/admin/distribution/payouts/batches/:id/approve", middlewares: empty },
  { method: ["POST"], matcher: "/admin/distribution/payouts/batches/:id/cancel", middlewares: empty },
  {
    method: ["GET"],
    matcher: "/admin/distribution/payouts/batches/:id/export",
    middlewares: [validateAndTransformQuery(ExportQuery, {})],
  },
  { method: ["GET"], matcher: "/admin/distribution/payouts", middlewares: [validateAndTransformQuery(PayoutListQuery, {})] },
  { method: ["POST"], matcher: "/admin/distribution/payouts/:id/remove", middlewares: empty },
  { method: ["POST"], matcher: "/admin/distribution/payouts/:id/retry", middlewares: empty },
  { method: ["POST"], matcher: "/admin/distribution/payouts/:id/cancel", middlewares: empty },
  { method: ["POST"], matcher: "/admin/distribution/payouts/:id/refresh", middlewares: empty },
  {
    method: ["POST"],
    matcher: "/admin/distribution/payouts/:id/mark-paid",
    middlewares: [validateAndTransformBody(MarkPayoutPaidBody)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/payouts/:id/mark-failed",
    middlewares: [validateAndTransformBody(MarkPayoutFailedBody)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/dealers/:id/payout-accounts",
    middlewares: [validateAndTransformBody(PayoutAccountBody)],
  },
  { method: ["POST"], matcher: "/admin/distribution/payout-accounts/:id/verify", middlewares: empty },
  {
    method: ["POST"],
    matcher: "/admin/distribution/payout-accounts/:id/lock",
    middlewares: [validateAndTransformBody(LockPayoutAccountBody)],
  },
  { method: ["POST"], matcher: "/admin/distribution/payout-accounts/:id/unlock", middlewares: empty },
]
