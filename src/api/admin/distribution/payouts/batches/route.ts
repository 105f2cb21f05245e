import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type PayoutModuleService from "../../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../../types/module-names"
import { createPayoutBatchWorkflow } from "../../../../../workflows/payout/workflows/create-payout-batch"
import { dealerRefs } from "../../../../shared/commission-views"
import type { CreatePayoutBatchBodyType, PayoutBatchListQueryType } from "../../../../shared/payout-validators"
import { payoutBatchViews, retrievePayoutBatchView } from "../../../../shared/payout-views"

/** Payout batches, newest first, with their totals and progress. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery as PayoutBatchListQueryType
  const [batches, count] = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listAndCountPayoutBatches(filters, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ batches: await payoutBatchViews(req.scope, batches), count, limit, offset })
}

/**
 * A draft batch paying every dealer owed at least the minimum in the
 * currency (or the dealers given); the money is reserved at once. Answers
 * who was left out and why.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CreatePayoutBatchBodyType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await createPayoutBatchWorkflow(req.scope).run({
    input: { ...body, source: "admin", created_by: req.auth_context.actor_id, require_any: true },
  })
  const dealers = await dealerRefs(req.scope, result.skipped.map((s) => s.dealer_id))
  res.json({
    batch: await retrievePayoutBatchView(req.scope, result.batch_id),
    skipped: result.skipped.map((s) => ({ ...s, dealer_code: dealers.get(s.dealer_id)?.code ?? s.dealer_code })),
  })
}
