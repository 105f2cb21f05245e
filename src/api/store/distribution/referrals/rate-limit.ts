import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { hashVisitorIp, VISITOR_TOKEN_PATTERN } from "../../../../lib/attribution/visitor"
import { ReferralTouchLimiter, TouchSubject } from "../../../../lib/rate-limit/referral-touch-limiter"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"

// One limiter per module instance: its options never change, so it is built
// once rather than on every request.
const limiters = new WeakMap<DistributionModuleService, ReferralTouchLimiter | null>()

function limiterOf(service: DistributionModuleService): ReferralTouchLimiter | null {
  let limiter = limiters.get(service)
  if (limiter === undefined) {
    const limits = service.getOptions().referral_rate_limit
    limiter = limits ? new ReferralTouchLimiter(limits, (input) => service.countRateLimitHits(input)) : null
    limiters.set(service, limiter)
  }
  return limiter
}

/**
 * Who spends the budget: the client IP as Express sees it (`req.ip`; Medusa
 * sets `trust proxy` to one hop, so behind one proxy this is the address the
 * proxy saw), hashed with `visit_ip_salt`, and the visitor token the body
 * names, when it is well formed. Read before validation, so malformed
 * requests spend budget too.
 */
function subjectOf(req: MedusaRequest, service: DistributionModuleService): TouchSubject {
  const token = (req.body as Record<string, unknown> | undefined)?.visitor_token
  return {
    ip_hash: hashVisitorIp(req.ip, service.getOptions().visit_ip_salt),
    visitor_token: typeof token === "string" && VISITOR_TOKEN_PATTERN.test(token) ? token : null,
  }
}

/**
 * Middleware of POST /store/distribution/referrals/visit and /attach: counts
 * the request against the plugin option `referral_rate_limit` and answers
 * 429 `{ type: "too_many_requests", message }` with a Retry-After header
 * when a budget is spent. MedusaError has no 429 type, so the answer is
 * written here rather than thrown. If the counters can't be reached the
 * request goes on (a shopper's visit matters more than the limit) and the
 * failure is logged.
 */
export async function limitReferralTouches(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const limiter = limiterOf(service)
  if (!limiter) {
    return next()
  }
  let verdict: Awaited<ReturnType<ReferralTouchLimiter["admit"]>>
  try {
    verdict = await limiter.admit(subjectOf(req, service))
  } catch (e) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Referral rate limit not checked: ${(e as Error).message}`)
    return next()
  }
  if (!verdict.allowed) {
    res.setHeader("Retry-After", String(verdict.retry_after))
    res.status(429).json({ type: "too_many_requests", message: verdict.message })
    return
  }
  return next()
}

/** Spends one of the unknown-code budgets of the request's IP and visitor (never throws). */
export async function recordUnknownReferralCode(req: MedusaRequest): Promise<void> {
  try {
    const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await limiterOf(service)?.recordUnknownCode(subjectOf(req, service))
  } catch (e) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Unknown referral code not counted: ${(e as Error).message}`)
  }
}
