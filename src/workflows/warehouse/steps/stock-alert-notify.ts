import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { inventoryItems, locationNames, warehouseService } from "../utils/warehouse-service"

export type NotifyStockAlertsStepInput = {
  /** Alerts just opened. */
  alert_ids: string[]
  /** Also retry every open alert not notified yet (the scan). */
  retry_unnotified?: boolean
}

/** Trigger type of the notifications, for filtering them in the Notification module. */
export const LOW_STOCK_NOTIFICATION_TRIGGER = "distribution.low_stock"

export const notifyStockAlertsStepId = "stock-alert-notify"

/**
 * One notification per newly opened alert through Medusa's Notification
 * module, on the channel, recipient and template of the
 * `low_stock_notification` option (nothing when it is null), then stamps the
 * alerts' notified_at. The default "feed" channel is the admin's notification
 * bell: its entries show `data.title` and `data.description`. Each carries an
 * idempotency key (the alert id), so a retry never notifies twice; a failing
 * provider is logged and retried by the next scan, never undoing the alert.
 *
 * @example
 * notifyStockAlertsStep({ alert_ids: ["stalrt_1"] })
 */
export const notifyStockAlertsStep = createStep(
  notifyStockAlertsStepId,
  async (input: NotifyStockAlertsStepInput, { container }) => {
    const notified = await notifyStockAlerts(container, input)
    return new StepResponse({ notified })
  }
)

export async function notifyStockAlerts(container: MedusaContainer, input: NotifyStockAlertsStepInput): Promise<number> {
  const option = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).getOptions().low_stock_notification
  if (!option) return 0
  const warehouse = warehouseService(container)
  const ids = [...new Set(input.alert_ids ?? [])]
  const alerts: any[] = ids.length
    ? await warehouse.listStockAlerts({ id: ids, status: "open", notified_at: null }, { take: null })
    : []
  if (input.retry_unnotified) {
    const known = new Set(alerts.map((a) => a.id))
    const pending = await warehouse.listStockAlerts({ status: "open", notified_at: null }, { take: 1000, order: { opened_at: "ASC" } })
    alerts.push(...pending.filter((a: any) => !known.has(a.id)))
  }
  if (!alerts.length) return 0
  const [items, locations] = await Promise.all([
    inventoryItems(container, alerts.map((a) => a.inventory_item_id)),
    locationNames(container, alerts.map((a) => a.location_id)),
  ])
  const notifications = alerts.map((alert) => {
    const item = items.get(alert.inventory_item_id)
    const sku = item?.sku || item?.title || alert.inventory_item_id
    const location = locations.get(alert.location_id) ?? alert.location_id
    return {
      to: option.to,
      channel: option.channel,
      template: option.template,
      trigger_type: LOW_STOCK_NOTIFICATION_TRIGGER,
      resource_id: alert.id,
      resource_type: "stock_alert",
      idempotency_key: `distribution-low-stock-${alert.id}`,
      data: {
        title: `Low stock: ${sku} at ${location}`,
        description:
          `${item?.title ? `${item.title} — ` : ""}${alert.available_quantity} available, ` +
          `reorder point ${alert.reorder_point}. Suggested reorder: ${alert.suggested_quantity}.`,
        alert_id: alert.id,
        inventory_item_id: alert.inventory_item_id,
        sku: item?.sku ?? null,
        item_title: item?.title ?? null,
        location_id: alert.location_id,
        location_name: locations.get(alert.location_id) ?? null,
        available_quantity: alert.available_quantity,
        reorder_point: alert.reorder_point,
        suggested_quantity: alert.suggested_quantity,
        opened_at: alert.opened_at,
        url: `/app/distribution/warehouse/alerts`,
      },
    }
  })
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications(notifications)
  } catch (e: any) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Low-stock notifications failed (the next scan retries): ${e?.message ?? e}`)
    return 0
  }
  const now = new Date()
  await warehouse.updateStockAlerts(alerts.map((a) => ({ id: a.id, notified_at: now })))
  return alerts.length
}
