import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type CommissionModuleService from "../../../../../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../../../../../types/module-names"
import { matureOrderCommissionsWorkflow } from "../../../../../../../workflows/commission/workflows/mature-order-commissions"

/**
 * Makes an order's pending commission available now, if the order may
 * mature; `skip_hold` waives the hold period only. Refused with the reason.
 */
export const POST = async (req: AuthenticatedMedusaRequest<{ skip_hold: boolean }>, res: MedusaResponse) => {
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const [record] = await commission.listOrderCommissions({ order_id: req.params.order_id })
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.order_id} earns no commission.`)
  }
  const { result } = await matureOrderCommissionsWorkflow(req.scope).run({
    input: {
      order_ids: [record.order_id],
      skip_hold: req.validatedBody.skip_hold,
      actor_id: req.auth_context.actor_id,
      strict: true,
    },
  })
  res.json({ matured: result.entries })
}
