import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type DistributionModuleService from "../../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../../types/module-names"
import { createDealerLocationWorkflow } from "../../../../../../workflows/warehouse/workflows/create-dealer-location"
import { dealerLocations, locationStockSummaries, locationsByIds } from "../../../../../shared/dealer-stock"
import type { CreateDealerLocationBodyType } from "./validators"

export async function assertDealer(req: AuthenticatedMedusaRequest) {
  const [dealer] = await req.scope
    .resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    .listDealers({ id: req.params.id }, { select: ["id"] })
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${req.params.id} was not found`)
  }
}

/** The dealer's stock locations, with address and a stock summary (items, stocked, reserved, available). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertDealer(req)
  const locations = await dealerLocations(req.scope, req.params.id)
  const stock = await locationStockSummaries(req.scope, locations.map((l) => l.id))
  res.json({ locations: locations.map((l) => ({ ...l, stock: stock.get(l.id)! })) })
}

/** Creates a Medusa stock location for the dealer and links it (not added to any sales channel). */
export const POST = async (req: AuthenticatedMedusaRequest<CreateDealerLocationBodyType>, res: MedusaResponse) => {
  const { result } = await createDealerLocationWorkflow(req.scope).run({
    input: { dealer_id: req.params.id, ...req.validatedBody },
  })
  const [location] = await locationsByIds(req.scope, [result.id])
  res.status(201).json({ location })
}
