import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StoreReferralAttach, StoreReferralVisit } from "./referrals/validators"
import { limitReferralTouches } from "./referrals/rate-limit"
import { CreateReferralLinkBody, UpdateReferralLinkBody } from "../../shared/referral-link-validators"
import { StoreCreateDealerApplication, StoreEmptyQuery, StoreListQuery, StoreStatementQuery } from "./validators"
import { LedgerListQuery } from "../../shared/commission-validators"
import { PayoutAccountBody, StorePayoutListQuery, WithdrawalBody } from "../../shared/payout-validators"

// Dealer-portal routes act for the signed-in customer only.
const signedInCustomer = authenticate("customer", ["session", "bearer"])
// Referral touches work for guests too; a signed-in customer is recognised.
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeDistributionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/distribution/me/payout-account",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreEmptyQuery, {})],
  },
  {
    method: ["PUT"],
    matcher: "/store/distribution/me/payout-account",
    middlewares: [signedInCustomer, validateAndTransformBody(PayoutAccountBody)],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/payouts",
    middlewares: [signedInCustomer, validateAndTransformQuery(StorePayoutListQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/withdrawals",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreListQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/distribution/me/withdrawals",
    middlewares: [signedInCustomer, validateAndTransformBody(WithdrawalBody)],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreEmptyQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/applications",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreEmptyQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/distribution/applications",
    middlewares: [signedInCustomer, validateAndTransformBody(StoreCreateDealerApplication)],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/links",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreEmptyQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/distribution/me/links",
    middlewares: [signedInCustomer, validateAndTransformBody(CreateReferralLinkBody)],
  },
  {
    method: ["POST"],
    matcher: "/store/distribution/me/links/:id",
    middlewares: [signedInCustomer, validateAndTransformBody(UpdateReferralLinkBody)],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/links/:id/qr.svg",
    middlewares: [signedInCustomer],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/links/:id/qr.png",
    middlewares: [signedInCustomer],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/customers",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreListQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/distribution/referrals/visit",
    middlewares: [limitReferralTouches, maybeCustomer, validateAndTransformBody(StoreReferralVisit)],
  },
  {
    method: ["POST"],
    matcher: "/store/distribution/referrals/attach",
    middlewares: [limitReferralTouches, maybeCustomer, validateAndTransformBody(StoreReferralAttach)],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/tiers",
    middlewares: [validateAndTransformQuery(StoreEmptyQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/commissions",
    middlewares: [signedInCustomer, validateAndTransformQuery(LedgerListQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/balance",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreEmptyQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/statements",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreEmptyQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/distribution/me/statements/:period",
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreStatementQuery, {})],
  },
]
