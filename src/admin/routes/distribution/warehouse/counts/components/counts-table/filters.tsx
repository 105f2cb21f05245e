import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { STOCK_COUNT_STATUSES } from "../../../../../../types/stock-count"
import { useLocationFilterOptions } from "../../../components/location-options"

/** Status and location filters of the counts list. */
export const useCountsTableFilters = (): DataTableFilter[] => {
  const { t } = useTranslation()
  const locationOptions = useLocationFilterOptions()

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
          options: locationOptions,
        },
      ] as DataTableFilter[],
    [t, locationOptions]
  )
}
