import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  listDealerApplicationsTransformQueryConfig,
  retrieveDealerApplicationTransformQueryConfig,
} from "./query-config"
import {
  AdminApproveDealerApplication,
  AdminGetDealerApplicationParams,
  AdminGetDealerApplicationsParams,
  AdminRejectDealerApplication,
} from "./validators"

const retrieveQuery = validateAndTransformQuery(
  AdminGetDealerApplicationParams,
  retrieveDealerApplicationTransformQueryConfig
)

export const adminDealerApplicationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/distribution/applications",
    middlewares: [
      validateAndTransformQuery(
        AdminGetDealerApplicationsParams,
        listDealerApplicationsTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/applications/:id",
    middlewares: [retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/applications/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveDealerApplication), retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/applications/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectDealerApplication), retrieveQuery],
  },
]
