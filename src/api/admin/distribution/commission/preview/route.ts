import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import { computeSplit, splitSettingsOf, SplitChainMember } from "../../../../../lib/commission/compute-split"
import { currencyPrecision } from "../../../../../lib/commission/currency-precision"
import { formatAmount } from "../../../../../lib/commission/decimal"
import { monthRangeOf } from "../../../../../lib/commission/period"
import { validatePlan } from "../../../../../lib/commission/validate-plan"
import type CommissionModuleService from "../../../../../modules/commission/service"
import type DistributionModuleService from "../../../../../modules/distribution/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE } from "../../../../../types/module-names"
import { toSplitRule } from "../../../../../modules/commission/rule-snapshot"
import { normalizeRule } from "../../../../shared/commission-validators"
import type { AdminPreviewCommissionType } from "../validators"

/**
 * Splits a sample order with the given (unsaved) or saved plan along the
 * dealer's current upline, exactly as a placed order would be. Writes nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPreviewCommissionType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const distribution = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const options = commission.getOptions()

  const rules = body.rules
    ? body.rules.map((r, position) => ({ ...normalizeRule(r), position }))
    : (await commission.listPlan()).map(toSplitRule)
  const errors = validatePlan(rules, { max_levels: options.max_levels })
  if (errors.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join(" "))
  }

  const [dealer] = await distribution.listDealers({ id: body.dealer_id })
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${body.dealer_id} was not found`)
  }
  const upline = await distribution.listUpline(dealer.id)
  const chain: SplitChainMember[] = [dealer, ...upline].map((d: any, i) => ({
    dealer_id: d.id,
    code: d.code,
    tier_id: d.tier_id ?? d.tier?.id ?? null,
    status: d.status,
    level: i + 1,
  }))
  const monthSales = body.month_sales
    ? Object.fromEntries(chain.map((m) => [m.dealer_id, body.month_sales!]))
    : await commission.salesByDealer(chain.map((m) => m.dealer_id), body.currency_code, {
        ...monthRangeOf(new Date(), options.timezone),
      })

  const precision = currencyPrecision(body.currency_code)
  const split = computeSplit({
    currency_code: body.currency_code,
    lines: body.lines.map((l, i) => {
      const gross = new Decimal(l.unit_price).times(l.quantity)
      const base = options.commission_base === "gross" ? gross : gross.minus(l.discount ?? 0)
      return {
        line_id: `line_${i + 1}`,
        title: l.title ?? null,
        product_id: l.product_id ?? null,
        collection_id: l.collection_id ?? null,
        category_ids: l.category_ids ?? [],
        quantity: l.quantity,
        base: formatAmount(Decimal.max(0, base), precision),
      }
    }),
    chain,
    rules,
    settings: splitSettingsOf(options),
    month_sales: monthSales,
  })
  res.json({ split })
}
