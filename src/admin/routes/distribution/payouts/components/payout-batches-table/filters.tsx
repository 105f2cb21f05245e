import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useStoreCurrencyCodes } from "../../../../../components/inputs/currency-select"
import { usePayoutProviderLabel } from "../../../../../components/payout-provider-label"
import { usePayoutProviders } from "../../../../../hooks/api/payouts"
import { PAYOUT_BATCH_SOURCES, PAYOUT_BATCH_STATUSES } from "../../../../../types/payout"

/** Status, currency, provider and source filters of the batches list. */
export const usePayoutBatchesTableFilters = (): DataTableFilter[] => {
  const { t } = useTranslation()
  const { codes } = useStoreCurrencyCodes()
  const { providers } = usePayoutProviders()
  const providerLabel = usePayoutProviderLabel()

  return useMemo(
    () => [
      {
        id: "status",
        label: t("distribution.payouts.fields.status"),
        type: "radio",
        options: PAYOUT_BATCH_STATUSES.map((status) => ({
          label: t(`distribution.payouts.batchStatuses.${status}`),
          value: status,
        })),
      },
      {
        id: "currency_code",
        label: t("distribution.payouts.fields.currency"),
        type: "radio",
        options: codes.map((code) => ({ label: code.toUpperCase(), value: code })),
      },
      {
        id: "provider_id",
        label: t("distribution.payouts.fields.provider"),
        type: "radio",
        options: (providers ?? []).map((provider) => ({
          label: providerLabel(provider.id),
          value: provider.id,
        })),
      },
      {
        id: "source",
        label: t("distribution.payouts.fields.source"),
        type: "radio",
        options: PAYOUT_BATCH_SOURCES.map((source) => ({
          label: t(`distribution.payouts.sources.${source}`),
          value: source,
        })),
      },
    ],
    [t, codes, providers, providerLabel]
  )
}
