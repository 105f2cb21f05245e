import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unlinkDealerLocationWorkflow } from "../../../../../../../workflows/warehouse/workflows/unlink-dealer-location"

/** Takes the location away from the dealer (the link only; the location and its stock stay). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await unlinkDealerLocationWorkflow(req.scope).run({
    input: { dealer_id: req.params.id, location_id: req.params.location_id },
  })
  res.json({ id: req.params.location_id, object: "stock_location", deleted: true })
}
