import type { RequestConfig } from "./auth"

/**
 * Drives an order placed through `setUpStorefront`'s storefront through the
 * rest of its life with Medusa's own admin API: fulfilment, delivery, return,
 * capture/refund and cancellation. Everything goes through HTTP, so Medusa's
 * workflows run and emit their events (`order.fulfillment_created`,
 * `delivery.created`, `order.return_received`, `payment.captured`,
 * `payment.refunded`, `order.canceled`) exactly as in a live store.
 */

type Api = {
  get: (url: string, config?: unknown) => Promise<any>
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
}

type Headers = Record<string, string>
export type LineQuantity = { id: string; quantity: number }

/** What `setUpStorefront` returns, as far as these helpers need it. */
export type Storefront = {
  region: { id: string }
  pk: Headers
  variantId: string
}

export type Fulfilment = {
  locationId: string
  fulfillmentSetId: string
  serviceZoneId: string
  shippingProfileId: string
  shippingOptionId: string
}

/** Medusa's error body, so a failing call says why instead of "status 400". */
async function call<T = any>(what: string, request: Promise<any>): Promise<T> {
  try {
    return (await request).data
  } catch (e: any) {
    const res = e?.response
    if (!res) {
      throw e
    }
    throw new Error(`${what} failed with ${res.status}: ${JSON.stringify(res.data)}`)
  }
}

/**
 * The minimum Medusa 2.21 needs before an order can be fulfilled: a stock
 * location served by the `manual_manual` provider and selling to the sales
 * channel, a shipping fulfilment set with a service zone for the region's
 * country, a shipping profile and a flat-rate shipping option in that zone.
 *
 * The option carries the store rules (`enabled_in_store`, `is_return: false`)
 * so the same option can also be put on a cart with `addShippingMethod`.
 * The storefront's product has no shipping profile, so its line items do not
 * require shipping and carts still complete without a shipping method;
 * `fulfilOrder` then names the option itself.
 */
export async function setUpFulfilment(
  api: Api,
  admin: RequestConfig,
  opts: { salesChannelId: string; countryCode?: string; currencyCode?: string; shippingPrice?: number }
): Promise<Fulfilment> {
  const country = opts.countryCode ?? "cn"
  const location = (
    await call(
      "create stock location",
      api.post(
        "/admin/stock-locations",
        { name: "Warehouse", address: { address_1: "1 Warehouse Rd", city: "Hangzhou", country_code: country } },
        admin
      )
    )
  ).stock_location
  await call(
    "link location to sales channel",
    api.post(`/admin/stock-locations/${location.id}/sales-channels`, { add: [opts.salesChannelId] }, admin)
  )
  await call(
    "link location to manual provider",
    api.post(`/admin/stock-locations/${location.id}/fulfillment-providers`, { add: ["manual_manual"] }, admin)
  )
  const withSet = (
    await call(
      "create fulfillment set",
      api.post(
        `/admin/stock-locations/${location.id}/fulfillment-sets?fields=*fulfillment_sets`,
        { name: "Warehouse shipping", type: "shipping" },
        admin
      )
    )
  ).stock_location
  const fulfillmentSetId = withSet.fulfillment_sets[0].id as string
  const set = (
    await call(
      "create service zone",
      api.post(
        `/admin/fulfillment-sets/${fulfillmentSetId}/service-zones`,
        { name: "Domestic", geo_zones: [{ type: "country", country_code: country }] },
        admin
      )
    )
  ).fulfillment_set
  const serviceZoneId = set.service_zones[0].id as string
  const profile = (
    await call("create shipping profile", api.post("/admin/shipping-profiles", { name: "Default", type: "default" }, admin))
  ).shipping_profile
  const option = (
    await call(
      "create shipping option",
      api.post(
        "/admin/shipping-options",
        {
          name: "Standard",
          service_zone_id: serviceZoneId,
          shipping_profile_id: profile.id,
          provider_id: "manual_manual",
          price_type: "flat",
          type: { label: "Standard", description: "Standard shipping", code: "standard" },
          prices: [{ currency_code: opts.currencyCode ?? "cny", amount: opts.shippingPrice ?? 0 }],
          rules: [
            { attribute: "enabled_in_store", operator: "eq", value: "true" },
            { attribute: "is_return", operator: "eq", value: "false" },
          ],
        },
        admin
      )
    )
  ).shipping_option
  return {
    locationId: location.id,
    fulfillmentSetId,
    serviceZoneId,
    shippingProfileId: profile.id,
    shippingOptionId: option.id,
  }
}

/**
 * Puts a shipping method on a store cart (optional: carts of the storefront's
 * product complete without one). The cart needs a shipping address in the
 * service zone's country first, so one is set when the cart has none.
 * `headers` are the store headers (publishable key, plus the customer's
 * authorization for a customer's cart).
 */
export async function addShippingMethod(
  api: Api,
  headers: Headers,
  cartId: string,
  shippingOptionId: string,
  address: Record<string, unknown> = { first_name: "Wei", last_name: "Wang", address_1: "1 West Lake Rd", city: "Hangzhou", country_code: "cn" }
) {
  const { cart } = await call("get cart", api.get(`/store/carts/${cartId}`, { headers }))
  if (!cart.shipping_address?.country_code) {
    await call("set cart address", api.post(`/store/carts/${cartId}`, { shipping_address: address }, { headers }))
  }
  return (
    await call("add shipping method", api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shippingOptionId }, { headers }))
  ).cart
}

export type PlaceOrderOptions = {
  /** Defaults to the storefront's variant. */
  variantId?: string
  /** Defaults to 1. */
  quantity?: number
  email?: string
  /** Store headers of a signed-in customer (they must include the publishable key); defaults to the guest `sf.pk`. */
  customerHeaders?: Headers
  /** A referral code to put on the cart before it completes. */
  referralCode?: string
  /** `visit` (a link click, the default; source "link") or `attach` (a typed code; source "code"). */
  referralVia?: "visit" | "attach"
  /** Adds this shipping option to the cart (see `addShippingMethod`). */
  shippingOptionId?: string
  /** e.g. medusaIntegrationTestRunner's `utils`, to wait for order.placed's workflows. */
  utils?: { waitWorkflowExecutions: () => Promise<unknown> }
}

/**
 * A storefront checkout: cart → line item → (referral) → (shipping method)
 * → payment collection → pp_system_default session → complete. Returns the
 * order id. The system provider authorises the payment; it is not captured.
 */
export async function placeOrder(api: Api, sf: Storefront, opts: PlaceOrderOptions = {}): Promise<string> {
  const headers = opts.customerHeaders ?? sf.pk
  const email = opts.email ?? "guest@shop.test"
  const cart = (await call("create cart", api.post("/store/carts", { region_id: sf.region.id, email }, { headers }))).cart
  await call(
    "add line item",
    api.post(
      `/store/carts/${cart.id}/line-items`,
      { variant_id: opts.variantId ?? sf.variantId, quantity: opts.quantity ?? 1 },
      { headers }
    )
  )
  if (opts.referralCode) {
    const route = opts.referralVia === "attach" ? "attach" : "visit"
    await call(
      `referral ${route}`,
      api.post(`/store/distribution/referrals/${route}`, { code: opts.referralCode, cart_id: cart.id }, { headers })
    )
  }
  if (opts.shippingOptionId) {
    await addShippingMethod(api, headers, cart.id, opts.shippingOptionId)
  }
  const collection = (
    await call("create payment collection", api.post("/store/payment-collections", { cart_id: cart.id }, { headers }))
  ).payment_collection
  await call(
    "create payment session",
    api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
  )
  const completed = await call("complete cart", api.post(`/store/carts/${cart.id}/complete`, {}, { headers }))
  if (completed.type !== "order") {
    throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(completed.error ?? completed)}`)
  }
  await opts.utils?.waitWorkflowExecutions()
  return completed.order.id as string
}

/** GET /admin/orders/:id; `fields` e.g. "*items,*items.detail,*fulfillments". */
export async function getOrder(api: Api, admin: RequestConfig, orderId: string, fields?: string) {
  const query = fields ? `?fields=${encodeURIComponent(fields)}` : ""
  return (await call("get order", api.get(`/admin/orders/${orderId}${query}`, admin))).order
}

/**
 * Creates a fulfilment for the given items, or for everything not yet
 * fulfilled. Without `shippingOptionId` it uses the order's shipping method's
 * option, else the store's first non-return shipping option (the one
 * `setUpFulfilment` made); without `locationId` Medusa takes the option's
 * stock location. Returns the new fulfilment and the order after it.
 */
export async function fulfilOrder(
  api: Api,
  admin: RequestConfig,
  orderId: string,
  items?: LineQuantity[],
  opts: { locationId?: string; shippingOptionId?: string } = {}
) {
  const before = await getOrder(api, admin, orderId, "id,*items,*items.detail,*shipping_methods,*fulfillments")
  const toFulfil =
    items ??
    before.items
      .map((i: any) => ({ id: i.id, quantity: Number(i.quantity) - Number(i.detail?.fulfilled_quantity ?? 0) }))
      .filter((i: LineQuantity) => i.quantity > 0)
  let shippingOptionId = opts.shippingOptionId ?? before.shipping_methods?.[0]?.shipping_option_id
  if (!shippingOptionId) {
    const { shipping_options } = await call(
      "list shipping options",
      api.get("/admin/shipping-options?limit=100&fields=id,*rules", admin)
    )
    const outbound = shipping_options.find(
      (o: any) => !(o.rules ?? []).some((r: any) => r.attribute === "is_return" && String(r.value).includes("true"))
    )
    shippingOptionId = outbound?.id
    if (!shippingOptionId) {
      throw new Error("no shipping option to fulfil with: call setUpFulfilment first")
    }
  }
  const body: Record<string, unknown> = { items: toFulfil, shipping_option_id: shippingOptionId }
  if (opts.locationId) {
    body.location_id = opts.locationId
  }
  const order = (
    await call("create fulfillment", api.post(`/admin/orders/${orderId}/fulfillments?fields=id,*fulfillments`, body, admin))
  ).order
  const known = new Set((before.fulfillments ?? []).map((f: any) => f.id))
  const fulfillment = order.fulfillments.find((f: any) => !known.has(f.id))
  return { fulfillment, fulfillmentId: fulfillment.id as string, order }
}

/** POST /admin/orders/:id/fulfillments/:fid/mark-as-delivered (emits `delivery.created`). */
export async function markDelivered(api: Api, admin: RequestConfig, orderId: string, fulfillmentId: string) {
  return (
    await call(
      "mark as delivered",
      api.post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, admin)
    )
  ).order
}

/**
 * The admin return flow, ending with the return received (Medusa emits
 * `order.return_requested`, then `order.return_received`):
 * begin → request items → confirm request → begin receive → receive items →
 * confirm receipt. Only fulfilled quantities can be returned. No return
 * shipping is needed.
 *
 * Medusa quirk: confirming a return on an order whose payment is only
 * authorised (the system provider does not capture) cancels that payment
 * and opens a new payment collection for the remaining total, after which
 * nothing can be captured or refunded. So unless `capture: false`, the
 * order's payment is captured first, as a merchant would at fulfilment.
 */
export async function returnItems(
  api: Api,
  admin: RequestConfig,
  orderId: string,
  items: LineQuantity[],
  opts: { locationId?: string; capture?: boolean } = {}
): Promise<{ returnId: string; return: any }> {
  if (opts.capture !== false) {
    await capturePayment(api, admin, orderId)
  }
  const begin: Record<string, unknown> = { order_id: orderId }
  if (opts.locationId) {
    begin.location_id = opts.locationId
  }
  const returnId = (await call("begin return", api.post("/admin/returns", begin, admin))).return.id as string
  await call("request return items", api.post(`/admin/returns/${returnId}/request-items`, { items }, admin))
  await call("confirm return request", api.post(`/admin/returns/${returnId}/request`, {}, admin))
  await call("begin return receive", api.post(`/admin/returns/${returnId}/receive`, {}, admin))
  await call("receive return items", api.post(`/admin/returns/${returnId}/receive-items`, { items }, admin))
  const received = (await call("confirm return receive", api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)))
    .return
  return { returnId, return: received }
}

/** The order's payments (from its payment collections), with captures and refunds. */
export async function orderPayments(api: Api, admin: RequestConfig, orderId: string): Promise<any[]> {
  const order = await getOrder(
    api,
    admin,
    orderId,
    "id,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds"
  )
  return (order.payment_collections ?? []).flatMap((pc: any) => pc.payments ?? [])
}

/**
 * Captures the order's payment in full unless it already has a capture
 * (emits `payment.captured`); returns the payment with its captures/refunds.
 */
export async function capturePayment(api: Api, admin: RequestConfig, orderId: string) {
  const payments = await orderPayments(api, admin, orderId)
  const payment = payments.find((p) => !p.canceled_at)
  if (!payment) {
    throw new Error(
      `order ${orderId} has no live payment (${payments.length} canceled): Medusa cancels an authorised payment ` +
        "when a return or cancellation changes the order; capture before returning"
    )
  }
  if (payment.captures?.length) {
    return payment
  }
  return (await call("capture payment", api.post(`/admin/payments/${payment.id}/capture`, {}, admin))).payment
}

/**
 * Captures the order's payment if needed, then refunds `amount` of it
 * (emits `payment.refunded`). Returns the new refund and the payment after it.
 */
export async function refundPayment(
  api: Api,
  admin: RequestConfig,
  orderId: string,
  amount: number,
  opts: { note?: string; refundReasonId?: string } = {}
) {
  const captured = await capturePayment(api, admin, orderId)
  const known = new Set((captured.refunds ?? []).map((r: any) => r.id))
  const body: Record<string, unknown> = { amount }
  if (opts.note) {
    body.note = opts.note
  }
  if (opts.refundReasonId) {
    body.refund_reason_id = opts.refundReasonId
  }
  const payment = (await call("refund payment", api.post(`/admin/payments/${captured.id}/refund`, body, admin))).payment
  const refund = (payment.refunds ?? []).find((r: any) => !known.has(r.id))
  return { refund, payment }
}

/**
 * POST /admin/orders/:id/cancel (emits `order.canceled`). Medusa refuses while
 * the order has an uncanceled fulfilment; it cancels uncaptured payments and
 * refunds captured ones itself.
 */
export async function cancelOrder(api: Api, admin: RequestConfig, orderId: string) {
  return (await call("cancel order", api.post(`/admin/orders/${orderId}/cancel`, {}, admin))).order
}
