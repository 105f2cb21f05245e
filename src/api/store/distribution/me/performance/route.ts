import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerPerformanceView, type DealerRow } from "../../../../../lib/performance/sql/performance-views"
import { currentDealer } from "../current-dealer"
import type { StorePerformanceQueryType } from "./validators"

/** The signed-in dealer's own performance for a period (404 for a customer who is no dealer). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const performance = await dealerPerformanceView(
    req.scope,
    dealer as unknown as DealerRow,
    req.validatedQuery as StorePerformanceQueryType
  )
  res.json({ performance })
}
