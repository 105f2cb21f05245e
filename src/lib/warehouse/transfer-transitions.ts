import type { StockTransferStatus } from "../../types/warehouse"

/**
 * The transfer state machine (调拨): draft → shipped → received; draft or
 * shipped → canceled. Which statuses each action starts from, where it goes,
 * and which stock moves it makes — pure rules, the workflows apply them.
 */

export type TransferAction = "ship" | "receive" | "cancel" | "edit"

export const TRANSFER_TRANSITIONS: Record<Exclude<TransferAction, "edit">, { from: StockTransferStatus[]; to: StockTransferStatus }> = {
  ship: { from: ["draft"], to: "shipped" },
  receive: { from: ["shipped"], to: "received" },
  cancel: { from: ["draft", "shipped"], to: "canceled" },
}

const VERB: Record<TransferAction, string> = { ship: "shipped", receive: "received", cancel: "canceled", edit: "edited" }

/** Null when `action` may run on a transfer in `status`, else why not (a sentence for a 400). */
export function transferTransitionError(transfer: { display_id: number | string; status: StockTransferStatus }, action: TransferAction): string | null {
  const from = action === "edit" ? (["draft"] as StockTransferStatus[]) : TRANSFER_TRANSITIONS[action].from
  if (from.includes(transfer.status)) {
    return null
  }
  return `Transfer #${transfer.display_id} is ${transfer.status}; only a ${from.join(" or ")} transfer can be ${VERB[action]}.`
}

export type TransferLineLike = {
  id: string
  inventory_item_id: string
  sku?: string | null
  quantity: number
  received_quantity?: number | null
}

export type StockMovement = {
  inventory_item_id: string
  location_id: string
  adjustment: number
  sku?: string
  create_missing_level?: boolean
  verb?: string
}

/**
 * The level changes of a transition: shipping takes each line's quantity
 * out of the source; receiving puts the received quantities into the
 * target (creating a missing level); canceling a shipped transfer puts the
 * shipped quantities back into the source. A draft cancel moves nothing.
 */
export function transferMovements(
  action: Exclude<TransferAction, "edit">,
  transfer: { status: StockTransferStatus; from_location_id: string; to_location_id: string; lines: TransferLineLike[] }
): StockMovement[] {
  const sku = (line: TransferLineLike) => (line.sku ? { sku: line.sku } : {})
  if (action === "ship") {
    return transfer.lines.map((line) => ({
      inventory_item_id: line.inventory_item_id,
      location_id: transfer.from_location_id,
      adjustment: -line.quantity,
      verb: "shipping",
      ...sku(line),
    }))
  }
  if (action === "receive") {
    return transfer.lines
      .filter((line) => (line.received_quantity ?? 0) > 0)
      .map((line) => ({
        inventory_item_id: line.inventory_item_id,
        location_id: transfer.to_location_id,
        adjustment: line.received_quantity ?? 0,
        create_missing_level: true,
        ...sku(line),
      }))
  }
  if (transfer.status !== "shipped") {
    return []
  }
  return transfer.lines.map((line) => ({
    inventory_item_id: line.inventory_item_id,
    location_id: transfer.from_location_id,
    adjustment: line.quantity,
    create_missing_level: true,
    ...sku(line),
  }))
}

export type ReceiptInput = { line_id: string; received_quantity: number; note?: string | null }
export type LineReceipt = { id: string; received_quantity: number; discrepancy_quantity: number; discrepancy_note: string | null }

/**
 * What each line receives: the given quantity (0 … shipped), or the whole
 * shipped quantity for lines left out. The shortfall is the line's
 * discrepancy. Errors name the line (by SKU) and are all reported at once.
 */
export function planReceipt(lines: TransferLineLike[], input: ReceiptInput[] = []): { receipts: LineReceipt[]; errors: string[] } {
  const errors: string[] = []
  const byId = new Map(lines.map((l) => [l.id, l]))
  const given = new Map<string, ReceiptInput>()
  for (const entry of input) {
    const line = byId.get(entry.line_id)
    if (!line) {
      errors.push(`Line ${entry.line_id} is not on this transfer.`)
      continue
    }
    if (given.has(entry.line_id)) {
      errors.push(`Line ${line.sku ?? line.inventory_item_id} is given twice.`)
      continue
    }
    if (!Number.isInteger(entry.received_quantity) || entry.received_quantity < 0 || entry.received_quantity > line.quantity) {
      errors.push(
        `SKU ${line.sku ?? line.inventory_item_id}: received quantity must be a whole number from 0 to the ${line.quantity} shipped (got ${entry.received_quantity}).`
      )
      continue
    }
    given.set(entry.line_id, entry)
  }
  const receipts = lines.map((line) => {
    const entry = given.get(line.id)
    const received = entry ? entry.received_quantity : line.quantity
    return {
      id: line.id,
      received_quantity: received,
      discrepancy_quantity: line.quantity - received,
      discrepancy_note: entry?.note?.trim() || null,
    }
  })
  return { receipts, errors }
}

/** Line count and quantities of a transfer, for lists and slips. */
export function transferTotals(lines: { quantity: number; received_quantity?: number | null; discrepancy_quantity?: number | null }[]) {
  let total = 0
  let received = 0
  let discrepancy = 0
  for (const line of lines) {
    total += Number(line.quantity)
    received += Number(line.received_quantity ?? 0)
    discrepancy += Number(line.discrepancy_quantity ?? 0)
  }
  return { line_count: lines.length, total_quantity: total, received_quantity: received, discrepancy_quantity: discrepancy }
}

/** Lines of a new or edited draft: positive whole quantities, each item once. Errors name the item. */
export function transferLineErrors(lines: { inventory_item_id: string; quantity: number }[], label: (id: string) => string = (id) => id): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  for (const line of lines) {
    if (seen.has(line.inventory_item_id)) {
      errors.push(`${label(line.inventory_item_id)} is on the transfer twice; give it once with the total quantity.`)
    }
    seen.add(line.inventory_item_id)
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      errors.push(`${label(line.inventory_item_id)}: quantity must be a positive whole number (got ${line.quantity}).`)
    }
  }
  return errors
}
