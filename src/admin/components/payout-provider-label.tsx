import { useCallback } from "react"
import { useTranslation } from "react-i18next"

import { BUILTIN_PAYOUT_PROVIDERS } from "../types/payout"

/** A provider's name: translated for the built-in ones, its id for a custom provider. */
export const usePayoutProviderLabel = () => {
  const { t } = useTranslation()

  return useCallback(
    (providerId: string) =>
      (BUILTIN_PAYOUT_PROVIDERS as readonly string[]).includes(providerId)
        ? t(`distribution.payouts.providers.${providerId}`)
        : providerId,
    [t]
  )
}
