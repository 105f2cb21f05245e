import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  listDealerTiersTransformQueryConfig,
  retrieveDealerTierTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateDealerTier,
  AdminGetDealerTierParams,
  AdminGetDealerTiersParams,
  AdminUpdateDealerTier,
} from "./validators"

export const adminDealerTierMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/distribution/tiers",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerTiersParams, listDealerTiersTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/tiers",
    middlewares: [
      validateAndTransformBody(AdminCreateDealerTier),
      validateAndTransformQuery(AdminGetDealerTierParams, retrieveDealerTierTransformQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/distribution/tiers/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerTierParams, retrieveDealerTierTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/tiers/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateDealerTier),
      validateAndTransformQuery(AdminGetDealerTierParams, retrieveDealerTierTransformQueryConfig),
    ],
  },
]
