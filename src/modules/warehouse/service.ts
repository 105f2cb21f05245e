import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import type { StockCountStatus, StockTransferStatus } from "../../types/warehouse"
import { ItemCost } from "./models/item-cost"
import { RestockOrder } from "./models/restock-order"
import { StockAlert } from "./models/stock-alert"
import { StockCount } from "./models/stock-count"
import { StockCountLine } from "./models/stock-count-line"
import { StockThreshold } from "./models/stock-threshold"
import { StockTransfer } from "./models/stock-transfer"
import { StockTransferLine } from "./models/stock-transfer-line"
import { textArray } from "../../lib/sql/text-array"
import { WATCHED_STOCK_PAIRS_SQL } from "./queries/watched-stock-pairs"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** Who did what, set together with a status move. */
export type StatusStamp = Record<string, string | Date | null>

/** An item at a location whose available quantity is at or below its reorder point. */
export type LowStock = {
  inventory_item_id: string
  location_id: string
  reorder_point: number
  available_quantity: number
  suggested_quantity: number
}

/** An item at a location that has a low-stock threshold, an open alert, or both. */
export type WatchedStockPair = {
  inventory_item_id: string
  location_id: string
  /** The threshold's reorder point; null when only an open alert is left (its threshold was removed). */
  reorder_point: number | null
  has_open_alert: boolean
}

/** An item at a location and its available quantity now. */
export type StockReading = { inventory_item_id: string; location_id: string; available_quantity: number }

const STAMP_COLUMNS = new Set([
  "shipped_by",
  "shipped_at",
  "received_by",
  "received_at",
  "canceled_by",
  "canceled_at",
  "applied_by",
  "applied_at",
])

class WarehouseModuleService extends MedusaService({
  StockTransfer,
  StockTransferLine,
  StockCount,
  StockCountLine,
  StockThreshold,
  StockAlert,
  ItemCost,
  RestockOrder,
}) {
  /**
   * Moves a transfer from one of `from` to `to`, only if it is still there:
   * of two admins shipping the same transfer at once, one moves it and the
   * other gets `false`. Returns whether this call moved it.
   */
  @InjectTransactionManager()
  async moveTransfer(
    id: string,
    from: readonly StockTransferStatus[],
    to: StockTransferStatus,
    stamp: StatusStamp = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return await this.moveStatus("stock_transfer", id, from, to, stamp, sharedContext)
  }

  /** As `moveTransfer`, for a stock count. */
  @InjectTransactionManager()
  async moveCount(
    id: string,
    from: readonly StockCountStatus[],
    to: StockCountStatus,
    stamp: StatusStamp = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return await this.moveStatus("stock_count", id, from, to, stamp, sharedContext)
  }

  /**
   * Opens an alert for each low item and location that has none open. The
   * partial unique index decides: a repeat, or a concurrent worker, opens
   * nothing. Returns the alerts this call opened (to notify about).
   */
  @InjectTransactionManager()
  async openAlerts(low: LowStock[], @MedusaContext() sharedContext: Context = {}): Promise<{ id: string; inventory_item_id: string; location_id: string }[]> {
    if (!low.length) {
      return []
    }
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const values: string[] = []
    const params: unknown[] = []
    for (const row of low) {
      values.push("(?, ?, ?, 'open', ?, ?, ?, now(), now(), now())")
      params.push(
        generateEntityId(undefined, "stalrt"),
        row.inventory_item_id,
        row.location_id,
        row.reorder_point,
        row.available_quantity,
        row.suggested_quantity
      )
    }
    return await manager.execute(
      `INSERT INTO stock_alert (id, inventory_item_id, location_id, status, reorder_point, available_quantity, suggested_quantity, opened_at, created_at, updated_at)
       VALUES ${values.join(", ")}
       ON CONFLICT (inventory_item_id, location_id) WHERE status = 'open' AND deleted_at IS NULL DO NOTHING
       RETURNING id, inventory_item_id, location_id`,
      params
    )
  }

  /**
   * Which of these items at locations have a threshold or an open alert (one
   * indexed statement, see queries/watched-stock-pairs): the cheap check a
   * stock change passes before any alert is evaluated. Pairs with neither
   * are left out.
   */
  @InjectManager()
  async listWatchedStockPairs(
    pairs: { inventory_item_id: string; location_id: string }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WatchedStockPair[]> {
    if (!pairs.length) {
      return []
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(WATCHED_STOCK_PAIRS_SQL, [
      textArray(pairs.map((p) => p.inventory_item_id)),
      textArray(pairs.map((p) => p.location_id)),
    ])
    return rows.map((r: any) => ({
      inventory_item_id: r.inventory_item_id,
      location_id: r.location_id,
      reorder_point: r.reorder_point == null ? null : Number(r.reorder_point),
      has_open_alert: !!r.has_open_alert,
    }))
  }

  /** Closes the open alerts of items and locations whose stock has recovered. Returns the ids closed. */
  @InjectTransactionManager()
  async closeAlerts(recovered: StockReading[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!recovered.length) {
      return []
    }
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const rows = await manager.execute(
      `UPDATE stock_alert a SET status = 'closed', closed_at = now(), updated_at = now(),
              closed_available_quantity = r.available
         FROM unnest(?::text[], ?::text[], ?::int[]) AS r(item, location, available)
        WHERE a.inventory_item_id = r.item AND a.location_id = r.location
          AND a.status = 'open' AND a.deleted_at IS NULL
        RETURNING a.id`,
      [
        textArray(recovered.map((r) => r.inventory_item_id)),
        textArray(recovered.map((r) => r.location_id)),
        textArray(recovered.map((r) => String(r.available_quantity))),
      ]
    )
    return rows.map((r: { id: string }) => r.id)
  }

  private async moveStatus(
    table: "stock_transfer" | "stock_count",
    id: string,
    from: readonly string[],
    to: string,
    stamp: StatusStamp,
    sharedContext: Context
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const sets = ["status = ?", "updated_at = now()"]
    const params: unknown[] = [to]
    for (const [column, value] of Object.entries(stamp)) {
      if (!STAMP_COLUMNS.has(column)) {
        throw new Error(`Unknown stamp column ${column}`)
      }
      sets.push(`${column} = ?`)
      params.push(value)
    }
    const rows = await manager.execute(
      `UPDATE ${table} SET ${sets.join(", ")}
        WHERE id = ? AND status = ANY(?::text[]) AND deleted_at IS NULL
        RETURNING id`,
      [...params, id, textArray([...from])]
    )
    return rows.length === 1
  }
}


export default WarehouseModuleService
