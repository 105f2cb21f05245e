import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useWarehouseLocations } from "../../../../../hooks/api/warehouse-lookups"

/** A "Location" radio filter over the store's stock locations (the first 100). */
export const useLocationFilter = (): DataTableFilter => {
  const { t } = useTranslation()
  const { locations } = useWarehouseLocations({ limit: 100 })
  return useMemo(
    () => ({
      id: "location_id",
      label: t("distribution.stockAlerts.fields.location"),
      type: "radio" as const,
      options: (locations ?? []).map((location) => ({ label: location.name, value: location.id })),
    }),
    [t, locations]
  )
}
