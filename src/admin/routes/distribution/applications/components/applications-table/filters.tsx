import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { DEALER_APPLICATION_STATUSES } from "../../../../../types/application"
import { ALL_STATUSES } from "./query"

/** One status at a time, or all of them; the queue opens on "pending". */
export const useApplicationsTableFilters = (): DataTableFilter[] => {
  const { t } = useTranslation()

  return useMemo(
    () => [
      {
        id: "status",
        label: t("distribution.fields.status"),
        type: "radio",
        options: [
          ...DEALER_APPLICATION_STATUSES.map((status) => ({
            label: t(`distribution.statuses.application.${status}`),
            value: status,
          })),
          { label: t("distribution.statuses.application.all"), value: ALL_STATUSES },
        ],
      },
    ],
    [t]
  )
}
