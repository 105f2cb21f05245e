import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { effectiveMinimum } from "../../../../../lib/payout/select-payees"
import type PayoutModuleService from "../../../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../../../types/module-names"

/**
 * The configured payout providers, how they settle, and the smallest payout
 * each makes in the store's currencies: the plugin's min_payout_amount, or
 * the provider's own minimum when that is higher. A currency a provider
 * can't pay is absent.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const payouts = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const query = req.scope.resolve("query")
  const { data: stores } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code"] })
  const currencies = [...new Set(stores.flatMap((s: any) => s.supported_currencies.map((c: any) => c.currency_code)))]
  const min = payouts.getOptions().min_payout_amount
  res.json({
    providers: payouts.providerIds().map((id) => {
      const provider = payouts.provider(id)
      return {
        id,
        settles_manually: provider.settlesManually,
        min_payout_amount: min,
        minimum_amounts: Object.fromEntries(
          currencies.flatMap((c) => {
            const providerMinimum = provider.minimumAmount(c)
            return providerMinimum === null ? [] : [[c, effectiveMinimum(min, providerMinimum)]]
          })
        ),
      }
    }),
  })
}
