import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type PayoutModuleService from "../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../types/module-names"
import type { PayoutListQueryType } from "../../../shared/payout-validators"
import { payoutViews } from "../../../shared/payout-views"

/** Payouts (of a batch, of a dealer), oldest first within a batch. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery as PayoutListQueryType
  const [payouts, count] = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listAndCountPayouts(filters, { skip: offset, take: limit, order: { created_at: filters.batch_id ? "ASC" : "DESC", id: "ASC" } })
  res.json({ payouts: await payoutViews(req.scope, payouts, { withDealer: true }), count, limit, offset })
}
