/**
 * Where an order's stock should come from. Medusa reserves every item of a
 * placed order at the first stock location of the cart's sales channel; these
 * rules decide whether the reservations move to another location (the
 * attributed dealer's own warehouse, or the upline dealer's for a restock
 * order), and what a restock order's receipts add up to.
 */
import type { RestockOrderStatus } from "../../types/warehouse"

/** One reservation of the order: `quantity` of an item held at `location_id`. */
export type ReservationReading = { id?: string; inventory_item_id: string; location_id: string; quantity: number }

/** Medusa's inventory level of an item at a location. */
export type LevelReading = {
  inventory_item_id: string
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

/** Quantities per inventory item of the reservations that would have to move to `location_id`. */
export function quantitiesToMove(location_id: string, reservations: ReservationReading[]): Map<string, number> {
  const need = new Map<string, number>()
  for (const r of reservations) {
    if (r.location_id === location_id) {
      continue // already held there: counted in that level's reserved quantity
    }
    need.set(r.inventory_item_id, (need.get(r.inventory_item_id) ?? 0) + Number(r.quantity))
  }
  return need
}

/** Items that `location_id` cannot take over, with what is missing (empty: it can take every item). */
export function shortfalls(
  location_id: string,
  reservations: ReservationReading[],
  levels: LevelReading[]
): { inventory_item_id: string; needed: number; available: number }[] {
  const missing: { inventory_item_id: string; needed: number; available: number }[] = []
  for (const [item, needed] of quantitiesToMove(location_id, reservations)) {
    const level = levels.find((l) => l.location_id === location_id && l.inventory_item_id === item)
    const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
    if (available < needed) {
      missing.push({ inventory_item_id: item, needed, available })
    }
  }
  return missing
}

/**
 * The first of `candidates` (in the caller's order of preference) that has
 * every reserved item available — counting what is already reserved there
 * as its own. Null when none can take the whole order, or the order holds no
 * reservation (nothing to ship from stock): orders are never split between
 * locations.
 */
export function chooseStockLocation(
  candidates: string[],
  reservations: ReservationReading[],
  levels: LevelReading[]
): string | null {
  if (!reservations.length) {
    return null
  }
  return candidates.find((location) => shortfalls(location, reservations, levels).length === 0) ?? null
}

/**
 * Where a restock order ships from: the upline dealer's location chosen for
 * it when there is one; otherwise the producer, i.e. wherever Medusa reserved
 * it (the location holding most of its reserved units), or null when nothing
 * of it is reserved anywhere.
 */
export function restockSource(
  chosen: { location_id: string; dealer_id: string } | null,
  reservations: ReservationReading[]
): { source_location_id: string | null; source_dealer_id: string | null } {
  if (chosen) {
    return { source_location_id: chosen.location_id, source_dealer_id: chosen.dealer_id }
  }
  const units = new Map<string, number>()
  for (const r of reservations) {
    units.set(r.location_id, (units.get(r.location_id) ?? 0) + Number(r.quantity))
  }
  let best: string | null = null
  for (const [location, quantity] of units) {
    if (best === null || quantity > units.get(best)!) {
      best = location
    }
  }
  return { source_location_id: best, source_dealer_id: null }
}

/**
 * A restock order's status from what was ordered and what its received
 * restock transfers brought in, per inventory item.
 */
export function restockStatus(
  ordered: { inventory_item_id: string; quantity: number }[],
  received: { inventory_item_id: string; quantity: number }[]
): Exclude<RestockOrderStatus, "canceled"> {
  const sum = (rows: { inventory_item_id: string; quantity: number }[]) => {
    const totals = new Map<string, number>()
    for (const row of rows) {
      totals.set(row.inventory_item_id, (totals.get(row.inventory_item_id) ?? 0) + Number(row.quantity))
    }
    return totals
  }
  const want = sum(ordered)
  const got = sum(received)
  const anything = [...got.values()].some((q) => q > 0)
  if (!anything) {
    return "placed"
  }
  for (const [item, quantity] of want) {
    if ((got.get(item) ?? 0) < quantity) {
      return "partially_received"
    }
  }
  return "received"
}
