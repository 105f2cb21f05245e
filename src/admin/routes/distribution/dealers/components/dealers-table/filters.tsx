import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useTiers } from "../../../../../hooks/api/tiers"
import { useTierName } from "../../../../../hooks/common/use-tier-name"
import { DEALER_STATUSES } from "../../../../../types/dealer"

/** Status (several at once) and tier (one) filters of the dealers table. */
export const useDealersTableFilters = (): DataTableFilter[] => {
  const { t } = useTranslation()
  const tierName = useTierName()
  const { tiers } = useTiers({ limit: 100, order: "rank" })

  return useMemo(
    () => [
      {
        id: "status",
        label: t("distribution.fields.status"),
        type: "select",
        options: DEALER_STATUSES.map((status) => ({
          label: t(`distribution.statuses.dealer.${status}`),
          value: status,
        })),
      },
      {
        id: "tier_id",
        label: t("distribution.fields.tier"),
        type: "radio",
        options: (tiers ?? []).map((tier) => ({
          label: `${tierName(tier)} (${tier.code})`,
          value: tier.id,
        })),
      },
    ],
    [t, tierName, tiers]
  )
}
