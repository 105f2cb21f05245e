import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import { type PayoutCallback, PayoutCallbackRejected } from "../../../../modules/payout/providers/types"
import type PayoutModuleService from "../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../types/module-names"
import { applyPayoutOutcomeWorkflow } from "../../../../workflows/payout/workflows/apply-payout-outcome"
import { loadPayout, type PayoutRecord } from "../../../../workflows/payout/utils/load-payout"

/**
 * WeChat Pay's transfer callback (MCHTRANSFER.BILL.FINISHED). The signature
 * is checked over the raw body with the WeChat Pay public key and the
 * resource decrypted with the APIv3 key before anything is read; a forged or
 * stale callback is refused and changes nothing. Applying the outcome is
 * idempotent (a settled payout never moves; the notification id is recorded
 * once), so WeChat's repeated deliveries are answered SUCCESS again.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const payouts = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const provider = payouts.provider("wechatpay")
  const rawBody = Buffer.isBuffer((req as any).rawBody) ? (req as any).rawBody.toString("utf8") : ""
  let callback
  try {
    callback = await provider.parseCallback({ headers: req.headers, rawBody })
  } catch (error) {
    if (error instanceof PayoutCallbackRejected) {
      res.status(401).json({ code: "FAIL", message: error.message })
      return
    }
    throw error
  }
  const [found] = await payouts.listPayouts({ out_bill_no: callback.out_bill_no, provider_id: "wechatpay" }, { select: ["id"] })
  if (!found) {
    // Signed by WeChat but not ours (another system on the same merchant id): nothing to do, don't make WeChat retry.
    res.status(200).json({ code: "SUCCESS", message: "unknown out_bill_no" })
    return
  }
  const payout = await loadPayout(req.scope, found.id)
  const disagreement = callbackDisagreement(callback, payout)
  if (disagreement) {
    // WeChat: check a notification agrees with the merchant's own data before acting on it. Refused
    // (WeChat delivers it again later); the payout's truth is then what a query says.
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`wechatpay callback for ${payout.id} refused: ${disagreement}`)
    res.status(401).json({ code: "FAIL", message: disagreement })
    return
  }
  await applyPayoutOutcomeWorkflow(req.scope).run({
    input: {
      payout_id: payout.id,
      outcome: callback.outcome,
      source: "callback",
      event_key: `callback:wechatpay:${callback.event_id}`,
    },
  })
  res.status(200).json({ code: "SUCCESS" })
}

/** Why a verified callback can't be about this payout (another amount or recipient), or null. */
function callbackDisagreement(callback: PayoutCallback, payout: PayoutRecord): string | null {
  const amount = callback.transfer?.amount
  if (amount != null && !new Decimal(amount).eq(payout.amount)) {
    return `callback names ${amount} CNY; payout ${payout.id} is ${payout.amount} ${payout.currency_code.toUpperCase()}`
  }
  const recipient = callback.transfer?.recipient
  const openid = payout.account_snapshot?.openid?.trim()
  if (recipient != null && openid && recipient !== openid) {
    return `callback names another openid than payout ${payout.id} pays`
  }
  return null
}
