import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type PayoutModuleService from "../../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../../types/module-names"
import { retrievePayoutView } from "../../../../shared/payout-views"

/** A payout and everything that happened to it, in order. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const payout = await retrievePayoutView(req.scope, req.params.id, { withDealer: true })
  const events = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listPayoutEvents({ payout_id: payout.id }, { order: { created_at: "ASC" }, take: 500 })
  res.json({
    payout,
    events: events.map((e) => ({ id: e.id, kind: e.kind, detail: e.detail, actor_id: e.actor_id, created_at: e.created_at })),
  })
}
