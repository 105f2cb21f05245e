import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Decimal from "decimal.js"
import type CommissionModuleService from "../../../../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../../../../types/module-names"
import { dealerRefs, ledgerEntryView } from "../../../../../shared/commission-views"

/**
 * An order's commission: the split per line and level with the rule that
 * produced it, and every ledger entry (accruals, reversals) with its status.
 * `order_commission` is null when the order earns nothing.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const [record] = await commission.listOrderCommissions({ order_id: req.params.order_id })
  if (!record) {
    return res.json({ order_commission: null })
  }
  const rows = await commission.listOrderEntries(record.order_id)
  const dealers = await dealerRefs(req.scope, rows.map((r) => r.dealer_id))
  const reversed = rows
    .filter((r) => r.kind === "reversal")
    .reduce((sum, r) => sum.minus(r.amount), new Decimal(0))
  res.json({
    order_commission: {
      order_id: record.order_id,
      order_display_id: record.order_display_id,
      dealer_id: record.dealer_id,
      currency_code: record.currency_code,
      base_total: (record as any).raw_base_total.value,
      commission_total: (record as any).raw_commission_total.value,
      reversed_total: reversed.toFixed(),
      created_at: record.created_at,
      split: record.split,
      entries: rows.map((r) => ledgerEntryView(r, dealers)),
    },
  })
}
