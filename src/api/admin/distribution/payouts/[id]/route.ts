import Decimal from "decimal.js"
import { currencyAmount } from "../../../../../lib/commission/currency-precision"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type CommissionModuleService from "../../../../../modules/commission/service"
import type PayoutModuleService from "../../../../../modules/payout/service"
import { COMMISSION_MODULE, PAYOUT_MODULE } from "../../../../../types/module-names"
import { ledgerEntryView } from "../../../../shared/commission-views"
import { retrievePayoutView } from "../../../../shared/payout-views"

/** A payout, everything that happened to it, in order, and the ledger entries it pays. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const payout = await retrievePayoutView(req.scope, req.params.id, { withDealer: true })
  const [events, entries] = await Promise.all([
    req.scope
      .resolve<PayoutModuleService>(PAYOUT_MODULE)
      .listPayoutEvents({ payout_id: payout.id }, { order: { created_at: "ASC" }, take: 500 }),
    req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE).listPayoutLedger(payout.id),
  ])
  res.json({
    payout,
    entries: entries.map((e) => ledgerEntryView(e)),
    // What the entries paid for add up to (the payout's own entry left out: it would net them to zero).
    entries_total: currencyAmount(
      entries
        .filter((e) => e.kind !== "payout")
        .reduce((sum, e) => sum.plus(e.amount), new Decimal(0))
        .toFixed(),
      payout.currency_code
    ),
    events: events.map((e) => ({ id: e.id, kind: e.kind, detail: e.detail, actor_id: e.actor_id, created_at: e.created_at })),
  })
}
