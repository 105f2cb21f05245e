import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import type { BindingSource } from "../../../types/referral"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"

export type BindCustomerInput = {
  customer_id: string
  dealer_id: string
  link_id?: string | null
  order_id?: string | null
  source: BindingSource
  actor_id?: string | null
}

const DAY_MS = 24 * 60 * 60 * 1000

type Undo = { created_id: string | null; ended_id: string | null }

export const bindCustomerStepId = "bind-customer"

/**
 * Binds a customer to a dealer (绑定关系) unless the customer already has a
 * current binding. The partial unique index on current bindings makes two
 * concurrent first orders bind once; the loser writes nothing.
 *
 * @example
 * bindCustomerStep({ customer_id: "cus_1", dealer_id: "dlr_1", order_id: "order_1", source: "order" })
 */
export const bindCustomerStep = createStep(
  bindCustomerStepId,
  async (input: BindCustomerInput, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const now = new Date()
    const [current] = await service.listCustomerBindings({ customer_id: input.customer_id, ended_at: null })
    const expired = current?.expires_at && new Date(current.expires_at).getTime() <= now.getTime()
    if (current && !expired) {
      return new StepResponse(null, { created_id: null, ended_id: null } as Undo)
    }
    // An expired binding is closed so that the customer can be bound again.
    if (current) {
      await service.updateCustomerBindings({ id: current.id, ended_at: now, end_reason: "expired" })
    }
    const { binding_days } = service.getOptions()
    try {
      const binding = await service.createCustomerBindings({
        ...input,
        bound_at: now,
        expires_at: binding_days ? new Date(now.getTime() + binding_days * DAY_MS) : null,
      })
      return new StepResponse(binding as typeof binding | null, { created_id: binding.id, ended_id: current?.id ?? null } as Undo)
    } catch (e: any) {
      if (/unique|duplicate|already exists/i.test(String(e?.message ?? ""))) {
        return new StepResponse(null, { created_id: null, ended_id: current?.id ?? null } as Undo)
      }
      throw e
    }
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    if (undo.created_id) {
      await service.deleteCustomerBindings([undo.created_id])
    }
    if (undo.ended_id) {
      await service.updateCustomerBindings({ id: undo.ended_id, ended_at: null, end_reason: null })
    }
  }
)
