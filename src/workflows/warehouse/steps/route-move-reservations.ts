import type { IInventoryService, ReservationItemDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { chooseStockLocation, type ReservationReading } from "../../../lib/warehouse/stock-routing"

export type MoveOrderReservationsInput = {
  line_item_ids: string[]
  /** Locations in order of preference; the first holding every item available wins. */
  candidates: string[]
}

export type MoveOrderReservationsResult = {
  /** Where the order's reservations now all are; null when no candidate could take them (nothing moved). */
  location_id: string | null
  /** The order's reservations as they were before any move. */
  reservations: ReservationReading[]
  moved: { id: string; from: string }[]
  /** Inventory levels whose reserved quantity changed (sources and target). */
  level_ids: string[]
}

export const moveOrderReservationsStepId = "route-move-reservations"

/**
 * Moves all of an order's reservations to the first candidate location that
 * has every item available, or leaves them all where they are. The choice and
 * the move happen under Medusa's inventory lock of the order's items (the
 * keys reserveInventoryStep locks), so a concurrent checkout cannot take the
 * same units between the check and the move. Compensation moves them back.
 *
 * A reservation moves by being re-created at the new location (same line
 * item, quantity and details; a new id): Medusa 2.21's
 * `updateReservationItems({ id, location_id })` adds the quantity to the new
 * level's reserved quantity but never takes it off the old one.
 *
 * @example
 * const moved = moveOrderReservationsStep({ line_item_ids: ["ordli_1"], candidates: ["sloc_dealer"] })
 */
export const moveOrderReservationsStep = createStep(
  moveOrderReservationsStepId,
  async (input: MoveOrderReservationsInput, { container }) => {
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const empty: MoveOrderReservationsResult = { location_id: null, reservations: [], moved: [], level_ids: [] }
    if (!input.line_item_ids.length) {
      return new StepResponse(empty, null)
    }
    const initial = await inventory.listReservationItems({ line_item_id: input.line_item_ids })
    if (!initial.length) {
      return new StepResponse(empty, null)
    }
    const keys = [...new Set(initial.map((r) => r.inventory_item_id))]

    const result = await locking.execute(keys, async () => {
      const full = await inventory.listReservationItems({ line_item_id: input.line_item_ids })
      const reservations = full.map((r) => ({
        id: r.id,
        inventory_item_id: r.inventory_item_id,
        location_id: r.location_id,
        quantity: Number(r.quantity),
      }))
      const itemIds = [...new Set(reservations.map((r) => r.inventory_item_id))]
      const levels = input.candidates.length
        ? await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: input.candidates })
        : []
      const chosen = chooseStockLocation(
        input.candidates,
        reservations,
        levels.map((l) => ({
          inventory_item_id: l.inventory_item_id,
          location_id: l.location_id,
          stocked_quantity: Number(l.stocked_quantity),
          reserved_quantity: Number(l.reserved_quantity),
        }))
      )
      if (!chosen) {
        return { location_id: null, reservations, moved: [], level_ids: [] } as MoveOrderReservationsResult
      }
      const moving = full.filter((r) => r.location_id !== chosen)
      const created = moving.length ? await relocate(inventory, moving, () => chosen) : []
      const touched = await inventory.listInventoryLevels({
        inventory_item_id: [...new Set(moving.map((r) => r.inventory_item_id))],
        location_id: [...new Set([chosen, ...moving.map((r) => r.location_id)])],
      })
      return {
        location_id: chosen,
        reservations,
        moved: created.map((r, i) => ({ id: r.id, from: moving[i].location_id })),
        level_ids: moving.length ? touched.map((l) => l.id) : [],
      } as MoveOrderReservationsResult
    })
    return new StepResponse(result, result.moved.length ? { moved: result.moved, keys } : null)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(undo.keys, async () => {
      const current = await inventory.listReservationItems({ id: undo.moved.map((m) => m.id) })
      const from = new Map(undo.moved.map((m) => [m.id, m.from]))
      await relocate(inventory, current, (r) => from.get(r.id)!)
    })
  }
)

/**
 * Re-creates reservations at another location: the old ones are deleted
 * (Medusa releases their reserved quantity) and new ones created for the same
 * line items (Medusa checks the new location's availability and reserves).
 * Returns the new reservations in the order of `reservations`.
 */
async function relocate(
  inventory: IInventoryService,
  reservations: ReservationItemDTO[],
  to: (r: ReservationItemDTO) => string
): Promise<ReservationItemDTO[]> {
  const recreate = (where: (r: ReservationItemDTO) => string) =>
    reservations.map((r) => ({
      line_item_id: r.line_item_id ?? undefined,
      inventory_item_id: r.inventory_item_id,
      location_id: where(r),
      quantity: Number(r.quantity),
      allow_backorder: r.allow_backorder ?? false,
      description: r.description ?? undefined,
      external_id: (r as { external_id?: string | null }).external_id ?? undefined,
      metadata: (r.metadata ?? undefined) as Record<string, unknown> | undefined,
    }))
  await inventory.deleteReservationItems(reservations.map((r) => r.id))
  try {
    return await inventory.createReservationItems(recreate(to))
  } catch (e) {
    // Put them back where they were before failing.
    await inventory.createReservationItems(recreate((r) => r.location_id))
    throw e
  }
}
