import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminRebindCustomer } from "../customers/validators"
import { CreateReferralLinkBody, UpdateReferralLinkBody } from "../../../shared/referral-link-validators"
import { AdminListReferralLinksParams } from "./validators"

export const adminReferralMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/distribution/dealers/:id/links",
    middlewares: [validateAndTransformQuery(AdminListReferralLinksParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/dealers/:id/links",
    middlewares: [validateAndTransformBody(CreateReferralLinkBody)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/links/:id",
    middlewares: [validateAndTransformBody(UpdateReferralLinkBody)],
  },
  {
    method: ["POST"],
    matcher: "/admin/distribution/customers/:id/binding",
    middlewares: [validateAndTransformBody(AdminRebindCustomer)],
  },
]
