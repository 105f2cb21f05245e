// The checkout benchmark's catalog, the same on the plugin store and on the
// stock store (no plugin): the demo seed's catalog (src/scripts/seed-demo.ts
// ensureDemoCatalog: store, region, tax, publishable key, warehouses,
// shipping, products), with deep stock so hundreds of checkouts never run
// out. Writes the ids the load clients need to the JSON file named by
// CHECKOUT_BENCH_OUT.
//
//   npx medusa exec ./bench/checkout-overhead/seed-catalog.ts
import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Per SKU and warehouse: enough for every checkout of a long run. */
const BENCH_STOCK = 1_000_000

export default async function seedCatalog({ container }: ExecArgs) {
  // Imported once the app is loaded: the demo seed's imports reach the
  // plugin's link definitions, which a store without the plugin (the stock
  // store) cannot load at start-up ("Service distribution was not found").
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DEMO_SHIPPING_OPTION_NAME, DEMO_SKUS, ensureDemoCatalog } = require("../../src/scripts/seed-demo") as typeof import("../../src/scripts/seed-demo")
  const { region, publishableKey } = await ensureDemoCatalog(container, { stock: BENCH_STOCK })
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ sku: DEMO_SKUS }, { select: ["id", "sku"] })
  const [shippingOption] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({ name: DEMO_SHIPPING_OPTION_NAME })
  const out = {
    publishable_key: publishableKey,
    region_id: region.id,
    shipping_option_id: shippingOption.id,
    variants: Object.fromEntries(variants.map((v) => [v.sku, v.id])),
  }
  if (process.env.CHECKOUT_BENCH_OUT) {
    writeFileSync(process.env.CHECKOUT_BENCH_OUT, JSON.stringify(out, null, 2))
  }
}
