import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PayoutCallbackRejected } from "../../../../modules/payout/providers/types"
import type PayoutModuleService from "../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../types/module-names"
import { applyPayoutOutcomeWorkflow } from "../../../../workflows/payout/workflows/apply-payout-outcome"

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
  const [payout] = await payouts.listPayouts({ out_bill_no: callback.out_bill_no, provider_id: "wechatpay" }, { select: ["id"] })
  if (!payout) {
    // Signed by WeChat but not ours (another system on the same merchant id): nothing to do, don't make WeChat retry.
    res.status(200).json({ code: "SUCCESS", message: "unknown out_bill_no" })
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
