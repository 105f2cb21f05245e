import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"
import { submitDealerApplicationWorkflow } from "../../../../workflows"
import type { StoreCreateDealerApplicationType } from "../validators"

// What an applicant sees of its own application: no reviewer ids or internals.
const STORE_APPLICATION_FIELDS = [
  "id",
  "company_name",
  "contact_name",
  "phone",
  "email",
  "region",
  "address",
  "requested_tier_id",
  "desired_parent_code",
  "message",
  "status",
  "rejection_reason",
  "reviewed_at",
  "created_at",
] as const

/** The signed-in customer's own applications, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const applications = await service.listDealerApplications(
    { customer_id: req.auth_context.actor_id },
    { select: [...STORE_APPLICATION_FIELDS], order: { created_at: "DESC" } }
  )
  res.json({ applications })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateDealerApplicationType>,
  res: MedusaResponse
) => {
  const { result } = await submitDealerApplicationWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, application: req.validatedBody },
  })
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const application = await service.retrieveDealerApplication(result.id, {
    select: [...STORE_APPLICATION_FIELDS],
  })
  res.status(201).json({ application })
}
