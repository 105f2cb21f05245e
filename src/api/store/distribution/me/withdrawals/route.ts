import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type PayoutModuleService from "../../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../../types/module-names"
import { requestWithdrawalWorkflow } from "../../../../../workflows/payout/workflows/request-withdrawal"
import { payoutViews, retrievePayoutBatchView } from "../../../../shared/payout-views"
import { activeDealer, currentDealer } from "../current-dealer"

/** The signed-in dealer's withdrawals (payouts it asked for), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const payouts = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const batches = await payouts.listPayoutBatches({ source: "withdrawal", created_by: req.auth_context.actor_id }, { select: ["id"] })
  const [rows, count] = batches.length
    ? await payouts.listAndCountPayouts(
        { dealer_id: dealer.id, batch_id: batches.map((b) => b.id) },
        { skip: offset, take: limit, order: { created_at: "DESC" } }
      )
    : [[], 0]
  res.json({ payouts: await payoutViews(req.scope, rows, { withDealer: false }), count, limit, offset })
}

/**
 * Asks to be paid the whole available balance in a currency now (提现). It
 * waits for the merchant's approval; the money is reserved meanwhile.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<{ currency_code: string; provider_id?: string }>,
  res: MedusaResponse
) => {
  const dealer = await activeDealer(req, "withdraw")
  const { result } = await requestWithdrawalWorkflow(req.scope).run({
    input: { dealer_id: dealer.id, customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  const [payout] = await req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayouts({ id: result.payout_ids[0] })
  const batch = await retrievePayoutBatchView(req.scope, result.batch_id)
  res.json({
    payout: (await payoutViews(req.scope, [payout], { withDealer: false }))[0],
    batch: { id: batch.id, status: batch.status, currency_code: batch.currency_code, provider_id: batch.provider_id },
  })
}
