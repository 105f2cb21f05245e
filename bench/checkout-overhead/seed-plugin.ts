// The plugin store's data for the checkout benchmark in one `medusa exec`:
// the benchmark's catalog (the same as the stock store's), then the demo
// seed, which finds that catalog by its names and adds the distribution
// data (tiers, the dealer network whose codes the referral checkouts use,
// the commission plan, four demo orders, payouts).
//
//   npx medusa exec ./bench/checkout-overhead/seed-plugin.ts
import type { ExecArgs } from "@medusajs/framework/types"
import seedDemo from "../../src/scripts/seed-demo"
import seedCatalog from "./seed-catalog"

export default async function seedPluginStore(args: ExecArgs) {
  await seedCatalog(args)
  await seedDemo(args)
}
