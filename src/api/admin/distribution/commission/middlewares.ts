import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StatementQuery } from "../../../shared/commission-validators"
import {
  AdminCreateAdjustment,
  AdminLedgerListQuery,
  AdminListStatementsQuery,
  AdminMatureAll,
  AdminMatureOrder,
  AdminPreviewCommission,
  AdminSaveCommissionPlan,
} from "./validators"

export const adminCommissionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/distribution/commission/plan",
    middlewares: [validateAndTransformBody(AdminSaveCommissionPlan)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/commission/preview",
    middlewares: [validateAndTransformBody(AdminPreviewCommission)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/commission/orders/:order_id/mature",
    middlewares: [validateAndTransformBody(AdminMatureOrder)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/commission/mature",
    middlewares: [validateAndTransformBody(AdminMatureAll)],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/commission/entries",
    middlewares: [validateAndTransformQuery(AdminLedgerListQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/commission/adjustments",
    middlewares: [validateAndTransformBody(AdminCreateAdjustment)],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/commission/statements",
    middlewares: [validateAndTransformQuery(AdminListStatementsQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/commission/statements/:dealer_id",
    middlewares: [validateAndTransformQuery(StatementQuery, {})],
  },
]
