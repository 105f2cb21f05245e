import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  listDealerHistoryTransformQueryConfig,
  listDealersTransformQueryConfig,
  retrieveDealerTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateDealer,
  AdminDealerStatusChange,
  AdminGetDealerDownlineParams,
  AdminGetDealerGraphParams,
  AdminGetDealerHistoryParams,
  AdminGetDealerParams,
  AdminGetDealersParams,
  AdminMoveDealer,
  AdminUpdateDealer,
} from "./validators"

const retrieveQuery = validateAndTransformQuery(AdminGetDealerParams, retrieveDealerTransformQueryConfig)

export const adminDealerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/distribution/dealers",
    middlewares: [validateAndTransformQuery(AdminGetDealersParams, listDealersTransformQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/dealers",
    middlewares: [validateAndTransformBody(AdminCreateDealer), retrieveQuery],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/dealers/:id",
    middlewares: [retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/dealers/:id",
    middlewares: [validateAndTransformBody(AdminUpdateDealer), retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/dealers/:id/move",
    middlewares: [validateAndTransformBody(AdminMoveDealer), retrieveQuery],
  },
  ...["suspend", "reactivate", "terminate"].map((action) => ({
    method: ["POST" as const],
    matcher: `/admin/distribution/dealers/:id/${action}`,
    middlewares: [validateAndTransformBody(AdminDealerStatusChange), retrieveQuery],
  })),
  {
    method: ["GET"],
    matcher: "/admin/distribution/dealers/:id/downline",
    middlewares: [validateAndTransformQuery(AdminGetDealerDownlineParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/dealers/:id/graph",
    middlewares: [validateAndTransformQuery(AdminGetDealerGraphParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/dealers/:id/history",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerHistoryParams, listDealerHistoryTransformQueryConfig),
    ],
  },
]
