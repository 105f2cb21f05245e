import type { RequestConfig } from "./auth"

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
}

/**
 * What a storefront needs to sell: a CNY region paying through the system
 * provider, a sales channel with its publishable key, and one product that
 * ships nothing (no inventory) so carts complete without shipping options.
 */
export async function setUpStorefront(api: Api, admin: RequestConfig, price = 100) {
  const region = (
    await api.post(
      "/admin/regions",
      { name: "China", currency_code: "cny", countries: ["cn"], payment_providers: ["pp_system_default"] },
      admin
    )
  ).data.region
  const channel = (await api.post("/admin/sales-channels", { name: "Web" }, admin)).data.sales_channel
  const key = (await api.post("/admin/api-keys", { title: "Web", type: "publishable" }, admin)).data.api_key
  await api.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] }, admin)
  const product = (
    await api.post(
      "/admin/products",
      {
        title: "Green tea 250g",
        status: "published",
        options: [{ title: "Size", values: ["250g"] }],
        variants: [
          { title: "250g", options: { Size: "250g" }, manage_inventory: false, prices: [{ amount: price, currency_code: "cny" }] },
        ],
        sales_channels: [{ id: channel.id }],
      },
      admin
    )
  ).data.product
  return {
    region,
    channel,
    publishableKey: key.token as string,
    pk: { "x-publishable-api-key": key.token as string },
    product,
    variantId: product.variants[0].id as string,
  }
}
