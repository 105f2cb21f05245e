import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId } from "@medusajs/framework/utils"
import type CommissionModuleService from "../../../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../../../types/module-names"
import { createLedgerAdjustmentWorkflow } from "../../../../../workflows/commission/workflows/create-ledger-adjustment"
import { dealerRefs, ledgerEntryView } from "../../../../shared/commission-views"
import type { AdminCreateAdjustmentType } from "../validators"

/** Adds a manual adjustment (positive or negative) with its reason to a dealer's ledger. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAdjustmentType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await createLedgerAdjustmentWorkflow(req.scope).run({
    input: {
      dealer_id: body.dealer_id,
      amount: body.amount,
      currency_code: body.currency_code,
      reason: body.reason,
      created_by: req.auth_context.actor_id,
      idempotency_key: body.idempotency_key ?? generateEntityId(undefined, "adj"),
    },
  })
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const row = await commission.retrieveLedgerEntry(result.id)
  res.status(201).json({ entry: ledgerEntryView(row, await dealerRefs(req.scope, [body.dealer_id])) })
}
