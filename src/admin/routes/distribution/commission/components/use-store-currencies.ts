import { useMemo } from "react"

import { useStoreCurrencyCodes } from "../../../../components/inputs/currency-select"

// Used when the store has no currency to offer: the plugin is built for Chinese merchants.
const FALLBACK_CURRENCY = "cny"

/**
 * The store's currencies (lower case, the default first) for amounts and
 * thresholds, never empty once loaded; `defaultCurrency` is "" until the
 * store has loaded.
 */
export const useStoreCurrencies = () => {
  const { codes, defaultCode, isPending } = useStoreCurrencyCodes()

  return useMemo(() => {
    if (isPending) {
      return { currencies: [] as string[], defaultCurrency: "", isPending }
    }
    return {
      currencies: codes.length ? codes : [FALLBACK_CURRENCY],
      defaultCurrency: defaultCode ?? FALLBACK_CURRENCY,
      isPending,
    }
  }, [codes, defaultCode, isPending])
}
