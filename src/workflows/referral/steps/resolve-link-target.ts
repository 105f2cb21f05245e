import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type LinkTargetInput = { target_type: "home" | "product" | "collection"; target_id?: string | null }

export type LinkTarget = {
  target_type: "home" | "product" | "collection"
  target_id: string | null
  target_handle: string | null
}

export const resolveLinkTargetStepId = "resolve-link-target"

/**
 * Checks a campaign link's target exists and returns its handle for the
 * storefront URL (404 for an unknown product or collection).
 *
 * @example
 * const { target_handle } = resolveLinkTargetStep({ target_type: "product", target_id: "prod_1" })
 */
export const resolveLinkTargetStep = createStep(
  resolveLinkTargetStepId,
  async (input: LinkTargetInput, { container }): Promise<StepResponse<LinkTarget>> => {
    if (input.target_type === "home") {
      return new StepResponse({ target_type: "home", target_id: null, target_handle: null })
    }
    if (!input.target_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A ${input.target_type} link needs target_id.`)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const entity = input.target_type === "product" ? "product" : "product_collection"
    const {
      data: [target],
    } = await query.graph({ entity, fields: ["id", "handle"], filters: { id: input.target_id } })
    if (!target) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${input.target_type === "product" ? "Product" : "Collection"} with id: ${input.target_id} was not found`
      )
    }
    return new StepResponse({
      target_type: input.target_type,
      target_id: target.id as string,
      target_handle: (target.handle as string) ?? null,
    })
  }
)
