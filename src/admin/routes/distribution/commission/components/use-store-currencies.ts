import { useStore } from "@medusajs/dashboard/hooks"
import { useMemo } from "react"

// Used when the store has no currency to offer: the plugin is built for Chinese merchants.
const FALLBACK_CURRENCY = "cny"

/**
 * The store's currencies (lower case, the default first) for amounts and
 * thresholds; `defaultCurrency` is "" until the store has loaded.
 */
export const useStoreCurrencies = () => {
  const { store, isPending } = useStore()

  return useMemo(() => {
    if (isPending) {
      return { currencies: [] as string[], defaultCurrency: "", isPending }
    }
    const supported = [...(store?.supported_currencies ?? [])].sort(
      (a, b) => Number(b.is_default) - Number(a.is_default)
    )
    const currencies = supported.map((currency) => currency.currency_code.toLowerCase())
    return {
      currencies: currencies.length ? currencies : [FALLBACK_CURRENCY],
      defaultCurrency: currencies[0] ?? FALLBACK_CURRENCY,
      isPending,
    }
  }, [store, isPending])
}
