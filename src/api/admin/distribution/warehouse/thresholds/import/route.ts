import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importStockThresholdsWorkflow } from "../../../../../../workflows/warehouse/workflows/import-stock-thresholds"
import type { ImportThresholdsBodyType } from "../validators"

/** Thresholds from a CSV, all or nothing (a 400 lists the bad rows). */
export const POST = async (req: AuthenticatedMedusaRequest<ImportThresholdsBodyType>, res: MedusaResponse) => {
  const { result } = await importStockThresholdsWorkflow(req.scope).run({ input: { csv: req.validatedBody.csv } })
  res.json({ updated: result.updated })
}
