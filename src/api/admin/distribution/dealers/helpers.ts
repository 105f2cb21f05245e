import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Reads one dealer as the API returns it; 404 when it does not exist. */
export async function refetchDealer(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [dealer],
  } = await query.graph({ entity: "dealer", fields, filters: { id } })
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${id} was not found`)
  }
  return dealer
}
