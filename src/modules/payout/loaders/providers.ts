import { asValue } from "@medusajs/framework/awilix"
import { moduleProviderLoader } from "@medusajs/framework/modules-sdk"
import type { LoaderOptions } from "@medusajs/framework/types"
import { resolvePluginOptions } from "../../../lib/options/plugin-options"
import { ManualPayoutProvider } from "../providers/manual/provider"
import type { PayoutProvider } from "../providers/types"

/** Container key of a provider: `payout_provider_{id}`. */
export const payoutProviderKey = (id: string) => `payout_provider_${id}`
/** Container key of the list of configured provider ids. */
export const PAYOUT_PROVIDER_IDS = "payout_provider_ids"

/**
 * Registers the payout providers named in the plugin options, as Medusa's
 * payment and notification modules register theirs: the built-in `manual`
 * and `wechatpay` by id, any other through its `resolve` path (a module
 * exporting `ModuleProvider(…, { services: [SomePayoutProvider] })`,
 * constructed with `(container, options)` like every Medusa provider).
 */
export default async function payoutProvidersLoader({ container, options }: LoaderOptions) {
  const { payout_providers } = resolvePluginOptions(options)
  const logger = container.resolve("logger", { allowUnregistered: true }) as any
  for (const entry of payout_providers) {
    if (entry.resolve) {
      await moduleProviderLoader({
        container,
        providers: [{ resolve: entry.resolve, id: entry.id, options: entry.options }],
        registerServiceFn: async (klass, moduleContainer) => {
          moduleContainer.register(payoutProviderKey(entry.id), asValue(new klass(moduleContainer.cradle, entry.options)))
        },
      })
    } else if (entry.id === "manual") {
      container.register(payoutProviderKey(entry.id), asValue(new ManualPayoutProvider()))
    } else if (entry.id === "wechatpay") {
      // Loaded only when configured: a store paying by hand never loads the WeChat client.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { WechatPayPayoutProvider } = require("../providers/wechatpay/provider") as typeof import("../providers/wechatpay/provider.js")
      container.register(payoutProviderKey(entry.id), asValue(new WechatPayPayoutProvider(entry.options, { logger })))
    } else {
      throw new Error(
        `medusa-plugin-distribution: payout provider "${entry.id}" is not built in (manual, wechatpay); give its "resolve" path.`
      )
    }
  }
  container.register(PAYOUT_PROVIDER_IDS, asValue(payout_providers.map((entry) => entry.id)))
}

export type { PayoutProvider }
