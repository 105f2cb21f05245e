// One storefront checkout through the HTTP API, as a shopper who arrived
// through a dealer's link: cart → referral visit → items → address →
// shipping → payment collection + session → complete (bench/checkout-overhead.mjs
// does the same). Returns the order id.
import { client } from "./api.mjs"

export const ADDRESS = {
  first_name: "集群",
  last_name: "买家",
  address_1: "西湖区文三路 100 号",
  city: "杭州 Hangzhou",
  postal_code: "310000",
  country_code: "cn",
  phone: "13700000000",
}

/** plan: { email, code (or null: no referral), items: [{ sku, quantity }] }; ids: bench/checkout-overhead/seed-catalog.ts's output. */
export async function checkout(baseUrl, ids, plan) {
  const store = client(baseUrl, { "x-publishable-api-key": ids.publishable_key })
  const { cart } = await store.post("/store/carts", { region_id: ids.region_id, email: plan.email })
  if (plan.code) {
    await store.post("/store/distribution/referrals/visit", { code: plan.code, cart_id: cart.id })
  }
  for (const item of plan.items) {
    await store.post(`/store/carts/${cart.id}/line-items`, { variant_id: ids.variants[item.sku], quantity: item.quantity })
  }
  await store.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS })
  await store.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: ids.shipping_option_id })
  const { payment_collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const completed = await store.post(`/store/carts/${cart.id}/complete`)
  if (completed.type !== "order") {
    throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(completed).slice(0, 300)}`)
  }
  return completed.order.id
}
