import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type PayoutModuleService from "../../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../../types/module-names"
import { payoutViews } from "../../../../shared/payout-views"
import { currentDealer } from "../current-dealer"

/**
 * The signed-in dealer's payouts, newest first. A WeChat payout awaiting
 * confirmation carries `package_info`: with `confirm_params` (mch_id,
 * app_id) the storefront opens WeChat's confirm-receipt page.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const { limit, offset, status } = req.validatedQuery as { limit: number; offset: number; status?: string }
  const payouts = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const [rows, count] = await payouts.listAndCountPayouts(
    { dealer_id: dealer.id, ...(status ? { status: status as any } : {}) },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  const confirm_params = Object.fromEntries(
    payouts
      .providerIds()
      .map((id) => [id, payouts.provider(id).storefrontConfirmParams?.()] as const)
      .filter(([, params]) => params)
  )
  res.json({ payouts: await payoutViews(req.scope, rows, { withDealer: false }), count, limit, offset, confirm_params })
}
