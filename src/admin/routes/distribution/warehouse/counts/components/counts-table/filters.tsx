import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useWarehouseLocations } from "../../../../../../hooks/api/warehouse-lookups"
import { STOCK_COUNT_STATUSES } from "../../../../../../types/stock-count"

/** Status and location filters of the counts list. */
export const useCountsTableFilters = (): DataTableFilter[] => {
  const { t } = useTranslation()
  const { locations } = useWarehouseLocations({ limit: 100 }, { staleTime: 60_000 })

  return useMemo(
    () =>
      [
        {
          id: "status",
          label: t("distribution.warehouse.counts.fields.status"),
          type: "radio",
          options: STOCK_COUNT_STATUSES.map((status) => ({
            label: t(`distribution.warehouse.counts.statuses.${status}`),
            value: status,
          })),
        },
        {
          id: "location_id",
          label: t("distribution.warehouse.counts.fields.location"),
          type: "radio",
          options: (locations ?? []).map((location) => ({
            label: location.dealer ? `${location.name} (${location.dealer.code})` : location.name,
            value: location.id,
          })),
        },
      ] as DataTableFilter[],
    [t, locations]
  )
}
