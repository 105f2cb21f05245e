import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type PayoutModuleService from "../../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../../types/module-names"
import { savePayoutAccountWorkflow } from "../../../../../workflows/payout/workflows/save-payout-account"
import type { PayoutAccountBodyType } from "../../../../shared/payout-validators"
import { payoutAccountView } from "../../../../shared/payout-views"
import { currentDealer } from "../current-dealer"

/** The signed-in dealer's payout accounts (masked). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const accounts = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listPayoutAccounts({ dealer_id: dealer.id }, { order: { provider_id: "ASC" } })
  res.json({ payout_accounts: accounts.map(payoutAccountView) })
}

/**
 * Sets where the signed-in dealer is paid through a provider (WeChat: the
 * openid your storefront got for the merchant's appid, and the real name;
 * bank: bank, holder, number). Recorded; a verified account needs verifying
 * again; a locked one can't be changed.
 */
export const PUT = async (req: AuthenticatedMedusaRequest<PayoutAccountBodyType>, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const { provider_id, ...fields } = req.validatedBody
  const { result } = await savePayoutAccountWorkflow(req.scope).run({
    input: { dealer_id: dealer.id, provider_id, fields, actor_type: "customer", actor_id: req.auth_context.actor_id },
  })
  res.json({ payout_account: payoutAccountView(result) })
}
