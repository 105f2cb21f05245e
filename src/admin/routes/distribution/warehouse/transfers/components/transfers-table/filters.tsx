import { useDataTableDateFilters } from "@medusajs/dashboard/hooks"
import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { STOCK_TRANSFER_KINDS, STOCK_TRANSFER_STATUSES } from "../../../../../../types/stock-transfer"
import { useLocationFilterOptions } from "../../../components/location-options"

/** Status, kind, from, to and date filters of the transfers list. */
export const useTransfersTableFilters = (): DataTableFilter[] => {
  const { t } = useTranslation()
  const locationOptions = useLocationFilterOptions()
  const dateFilters = useDataTableDateFilters()
  const createdAt = dateFilters.find((filter) => filter.id === "created_at")

  return useMemo(() => {
    return [
      {
        id: "status",
        label: t("distribution.warehouse.transfers.fields.status"),
        type: "radio",
        options: STOCK_TRANSFER_STATUSES.map((status) => ({
          label: t(`distribution.warehouse.transfers.statuses.${status}`),
          value: status,
        })),
      },
      {
        id: "kind",
        label: t("distribution.warehouse.transfers.fields.kind"),
        type: "radio",
        options: STOCK_TRANSFER_KINDS.map((kind) => ({
          label: t(`distribution.warehouse.transfers.kinds.${kind}`),
          value: kind,
        })),
      },
      {
        id: "from_location_id",
        label: t("distribution.warehouse.transfers.fields.from"),
        type: "radio",
        options: locationOptions,
      },
      {
        id: "to_location_id",
        label: t("distribution.warehouse.transfers.fields.to"),
        type: "radio",
        options: locationOptions,
      },
      ...(createdAt
        ? [{ ...createdAt, label: t("distribution.warehouse.transfers.fields.created") } as DataTableFilter]
        : []),
    ] as DataTableFilter[]
  }, [t, locationOptions, createdAt])
}
