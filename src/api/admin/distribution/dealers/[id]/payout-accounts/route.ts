import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import type PayoutModuleService from "../../../../../../modules/payout/service"
import { DISTRIBUTION_MODULE, PAYOUT_MODULE } from "../../../../../../types/module-names"
import { savePayoutAccountWorkflow } from "../../../../../../workflows/payout/workflows/save-payout-account"
import type { PayoutAccountBodyType } from "../../../../../shared/payout-validators"
import { payoutAccountView } from "../../../../../shared/payout-views"

async function assertDealer(req: AuthenticatedMedusaRequest) {
  const [dealer] = await req.scope
    .resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    .listDealers({ id: req.params.id }, { select: ["id"] })
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${req.params.id} was not found`)
  }
}

/** A dealer's payout accounts and every change made to them (masked). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertDealer(req)
  const payouts = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const [accounts, changes] = await Promise.all([
    payouts.listPayoutAccounts({ dealer_id: req.params.id }, { order: { provider_id: "ASC" } }),
    payouts.listPayoutAccountChanges({ dealer_id: req.params.id }, { order: { created_at: "DESC" }, take: 100 }),
  ])
  res.json({
    payout_accounts: accounts.map(payoutAccountView),
    changes: changes.map((c) => ({
      id: c.id,
      account_id: c.account_id,
      provider_id: c.provider_id,
      action: c.action,
      actor_type: c.actor_type,
      actor_id: c.actor_id,
      before: c.before,
      after: c.after,
      created_at: c.created_at,
    })),
  })
}

/**
 * The admin sets a dealer's bank account (manual payouts). WeChat accounts
 * are the dealer's to set, signed in: the openid belongs to its WeChat user.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PayoutAccountBodyType>, res: MedusaResponse) => {
  await assertDealer(req)
  const body = req.validatedBody
  if (body.provider_id !== "manual") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "A WeChat payout account is set by the dealer, signed in on the storefront; the admin can verify or lock it."
    )
  }
  const { provider_id, ...fields } = body
  const { result } = await savePayoutAccountWorkflow(req.scope).run({
    input: { dealer_id: req.params.id, provider_id, fields, actor_type: "user", actor_id: req.auth_context.actor_id },
  })
  res.json({ payout_account: payoutAccountView(result) })
}
