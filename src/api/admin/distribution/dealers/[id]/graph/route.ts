import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerRelationshipGraph } from "../../relationship-graph"
import type { AdminGetDealerGraphParamsType } from "../../validators"

/** The dealer's relationship graph: downline dealers and bound customers as nodes and edges. */
export const GET = async (req: AuthenticatedMedusaRequest<AdminGetDealerGraphParamsType>, res: MedusaResponse) => {
  const { depth, limit, offset } = req.validatedQuery as AdminGetDealerGraphParamsType
  res.json(await dealerRelationshipGraph(req.scope, req.params.id, { depth, limit, offset }))
}
