import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newEntityId } from "../../../lib/commission/entity-ids"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import {
  ORDER_ATTRIBUTION_INPUTS_SQL,
  orderAttributionInputsBindings,
  toOrderAttributionInputs,
} from "../../../modules/distribution/queries/order-attribution-inputs"
import { decideOrderAttributions, OrderToAttribute } from "../utils/decide-order-attributions"

/** An order's frozen attribution, as the accrual reads it. */
export type BatchAttribution = {
  order_id: string
  dealer_id: string | null
  commissionable: boolean
  chain: unknown
}

export type AttributeOrderBatchResult = {
  attributions: BatchAttribution[]
  /** Attributions this run wrote (the others existed already, or another worker won the race). */
  created: number
  bindings: number
  /** Orders left unattributed: their attributed dealer no longer exists. */
  failed: { order_id: string; reason: string }[]
}

type Undo = { attribution_ids: string[]; binding_ids: string[]; ended_binding_ids: string[] }

const ROWS_PER_STATEMENT = 500

export const attributeOrderBatchStepId = "attribute-order-batch"

/**
 * Freezes the attribution of every order of a batch that has none yet —
 * decided exactly as `attributeOrderWorkflow` decides one order — and binds
 * first-time customers, in one transaction (none for a lone insert
 * without bindings): one multi-row insert of the attributions (`ON
 * CONFLICT (order_id) DO NOTHING`, so an order attributed meanwhile by the
 * per-order workflows, or by a retried batch, keeps its row), then the bindings of the orders whose attribution this run
 * wrote (`ON CONFLICT` on the one-current-binding index: the loser of a race
 * binds nothing, as `bindCustomerStep` does). Returns every order's
 * attribution as it is now in the database. Compensation deletes what the
 * run wrote and reopens the bindings it ended.
 *
 * @example
 * const { attributions } = attributeOrderBatchStep({ orders: [{ id: "order_1", customer_id: "cus_1", cart_id: null, created_at }] })
 */
export const attributeOrderBatchStep = createStep(
  attributeOrderBatchStepId,
  async (input: { orders: OrderToAttribute[] }, { container }) => {
    const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const select = ["order_id", "dealer_id", "commissionable", "chain"]
    const read = async (ids: string[]) =>
      ids.length ? ((await distribution.listOrderAttributions({ order_id: ids }, { select })) as any[]) : []

    // The orders' attributions and everything the others are decided from: one statement.
    const inputs = toOrderAttributionInputs(
      input.orders.length
        ? (await knex.raw(ORDER_ATTRIBUTION_INPUTS_SQL, orderAttributionInputsBindings(input.orders) as any)).rows[0]
        : undefined
    )
    const existing = inputs.existing
    const attributed = new Set(existing.map((a) => a.order_id))
    const todo = input.orders.filter((o) => !attributed.has(o.id))
    const { decided, failed } = todo.length
      ? decideOrderAttributions(distribution.getOptions(), todo, inputs)
      : { decided: [], failed: [] }

    const undo: Undo = { attribution_ids: [], binding_ids: [], ended_binding_ids: [] }
    const wonOrders = new Set<string>()
    if (decided.length) {
      const write = async (trx: Knex) => {
        for (let i = 0; i < decided.length; i += ROWS_PER_STATEMENT) {
          const chunk = decided.slice(i, i + ROWS_PER_STATEMENT)
          const params: unknown[] = []
          const values = chunk.map((d) => {
            params.push(
              newEntityId("oattr"),
              d.order_id,
              d.cart_id,
              d.customer_id,
              d.attribution.dealer_id,
              d.attribution.link_id,
              d.attribution.source,
              d.attribution.reason,
              d.attribution.commissionable,
              JSON.stringify(d.attribution.chain)
            )
            return "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)"
          })
          const { rows } = await trx.raw(
            `INSERT INTO distribution_order_attribution
               (id, order_id, cart_id, customer_id, dealer_id, link_id, source, reason, commissionable, chain)
             VALUES ${values.join(", ")}
             ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING
             RETURNING id, order_id`,
            params as any
          )
          for (const r of rows) {
            undo.attribution_ids.push(r.id)
            wonOrders.add(r.order_id)
          }
        }

        const binds = decided.filter((d) => d.binding && wonOrders.has(d.order_id)).map((d) => d.binding!)
        const toEnd = binds.map((b) => b.ends_binding_id).filter(Boolean) as string[]
        if (toEnd.length) {
          // An expired binding is closed so that the customer can be bound again.
          const { rows } = await trx.raw(
            `UPDATE distribution_customer_binding SET ended_at = ?, end_reason = 'expired', updated_at = now()
              WHERE id = ANY(?::text[]) AND ended_at IS NULL AND deleted_at IS NULL RETURNING id`,
            [binds[0].bound_at, toEnd] as any
          )
          undo.ended_binding_ids.push(...rows.map((r: any) => r.id))
        }
        for (let i = 0; i < binds.length; i += ROWS_PER_STATEMENT) {
          const chunk = binds.slice(i, i + ROWS_PER_STATEMENT)
          const params: unknown[] = []
          const values = chunk.map((b) => {
            params.push(b.id, b.customer_id, b.dealer_id, b.link_id, b.order_id, b.bound_at, b.expires_at)
            return "(?, ?, ?, ?, 'order', ?, ?, ?)"
          })
          const { rows } = await trx.raw(
            `INSERT INTO distribution_customer_binding (id, customer_id, dealer_id, link_id, source, order_id, bound_at, expires_at)
             VALUES ${values.join(", ")}
             ON CONFLICT (customer_id) WHERE ended_at IS NULL AND deleted_at IS NULL DO NOTHING
             RETURNING id`,
            params as any
          )
          undo.binding_ids.push(...rows.map((r: any) => r.id))
        }
      }
      // No binding to write and one insert (the order.placed subscriber's usual case): one
      // statement is atomic alone, so it goes without the transaction's two round trips.
      if (decided.some((d) => d.binding) || decided.length > ROWS_PER_STATEMENT) {
        await knex.transaction(write)
      } else {
        await write(knex)
      }
    }

    // What the accrual splits along: the rows as they are now (ours, or a racing writer's).
    const raced = decided.filter((d) => !wonOrders.has(d.order_id)).map((d) => d.order_id)
    const ours = decided
      .filter((d) => wonOrders.has(d.order_id))
      .map((d) => ({
        order_id: d.order_id,
        dealer_id: d.attribution.dealer_id,
        commissionable: d.attribution.commissionable,
        chain: d.attribution.chain,
      }))
    const attributions: BatchAttribution[] = [...existing, ...(await read(raced)), ...ours].map((a) => ({
      order_id: a.order_id,
      dealer_id: a.dealer_id ?? null,
      commissionable: Boolean(a.commissionable),
      chain: a.chain,
    }))
    return new StepResponse<AttributeOrderBatchResult, Undo>(
      { attributions, created: undo.attribution_ids.length, bindings: undo.binding_ids.length, failed },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    await knex.transaction(async (trx) => {
      if (undo.binding_ids.length) {
        await trx.raw(`DELETE FROM distribution_customer_binding WHERE id = ANY(?::text[])`, [undo.binding_ids] as any)
      }
      if (undo.ended_binding_ids.length) {
        await trx.raw(
          `UPDATE distribution_customer_binding SET ended_at = NULL, end_reason = NULL, updated_at = now() WHERE id = ANY(?::text[])`,
          [undo.ended_binding_ids] as any
        )
      }
      if (undo.attribution_ids.length) {
        await trx.raw(`DELETE FROM distribution_order_attribution WHERE id = ANY(?::text[])`, [undo.attribution_ids] as any)
      }
    })
  }
)
