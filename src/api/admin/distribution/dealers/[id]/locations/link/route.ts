import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkDealerLocationWorkflow } from "../../../../../../../workflows/warehouse/workflows/link-dealer-location"
import { locationsByIds } from "../../../../../../shared/dealer-stock"
import type { LinkDealerLocationBodyType } from "../validators"

/** Makes an existing stock location the dealer's; 409 when another dealer owns it. */
export const POST = async (req: AuthenticatedMedusaRequest<LinkDealerLocationBodyType>, res: MedusaResponse) => {
  await linkDealerLocationWorkflow(req.scope).run({
    input: { dealer_id: req.params.id, location_id: req.validatedBody.location_id },
  })
  const [location] = await locationsByIds(req.scope, [req.validatedBody.location_id])
  res.json({ location })
}
