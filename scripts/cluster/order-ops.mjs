// What the merchant does to an order after it is placed, through Medusa's
// admin API (the calls of integration-tests/helpers/order-lifecycle.ts):
// fulfil, capture, return, refund, cancel, and the plugin's "mature now".

const ORDER_FIELDS =
  "id,total,*items,*items.detail,*shipping_methods,*fulfillments,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds"

export async function getOrder(admin, orderId) {
  return (await admin.get(`/admin/orders/${orderId}?fields=${encodeURIComponent(ORDER_FIELDS)}`)).order
}

/** Fulfils everything not yet fulfilled with the order's shipping option. */
export async function fulfil(admin, orderId) {
  const order = await getOrder(admin, orderId)
  const items = order.items
    .map((i) => ({ id: i.id, quantity: Number(i.quantity) - Number(i.detail?.fulfilled_quantity ?? 0) }))
    .filter((i) => i.quantity > 0)
  await admin.post(`/admin/orders/${orderId}/fulfillments`, {
    items,
    shipping_option_id: order.shipping_methods[0].shipping_option_id,
  })
  return order
}

/** Captures the order's live payment in full unless it already has a capture; returns the payment. */
export async function capture(admin, orderId) {
  const order = await getOrder(admin, orderId)
  const payment = order.payment_collections.flatMap((pc) => pc.payments ?? []).find((p) => !p.canceled_at)
  if (!payment) throw new Error(`order ${orderId} has no live payment to capture`)
  if (payment.captures?.length) return payment
  return (await admin.post(`/admin/payments/${payment.id}/capture`)).payment
}

/** Medusa's admin return flow ending with the return received (emits order.return_received). */
export async function returnItems(admin, orderId, items) {
  await capture(admin, orderId)
  // Received back where it shipped from (Medusa needs a location to restock).
  const order = await getOrder(admin, orderId)
  const locationId = order.fulfillments?.find((f) => f.location_id)?.location_id
  const returnId = (await admin.post("/admin/returns", { order_id: orderId, location_id: locationId })).return.id
  await admin.post(`/admin/returns/${returnId}/request-items`, { items })
  await admin.post(`/admin/returns/${returnId}/request`)
  await admin.post(`/admin/returns/${returnId}/receive`)
  await admin.post(`/admin/returns/${returnId}/receive-items`, { items })
  await admin.post(`/admin/returns/${returnId}/receive/confirm`)
  return returnId
}

/** Captures, then refunds `amount` (major units) of the payment (emits payment.refunded). */
export async function refund(admin, orderId, amount) {
  const payment = await capture(admin, orderId)
  await admin.post(`/admin/payments/${payment.id}/refund`, { amount })
}

/** POST /admin/orders/:id/cancel (emits order.canceled); the order must have no fulfilment. */
export async function cancel(admin, orderId) {
  await admin.post(`/admin/orders/${orderId}/cancel`)
}

/** The plugin's "mature this order now" (hold waived); the order must be fully fulfilled and accrued. */
export async function matureNow(admin, orderId) {
  return (await admin.post(`/admin/distribution/commission/orders/${orderId}/mature`, { skip_hold: true })).matured
}
