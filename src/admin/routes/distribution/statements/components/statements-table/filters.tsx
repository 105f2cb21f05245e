import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useDealerTableFilter } from "../../../../../components/dealer-table-filter"
import { useStoreCurrencyCodes } from "../../../../../components/inputs/currency-select"

/** Dealer and currency filters of the statements list. */
export const useStatementsTableFilters = ({
  dealerId,
}: {
  dealerId?: string
}): DataTableFilter[] => {
  const { t } = useTranslation()
  const dealerFilter = useDealerTableFilter({
    label: t("distribution.statements.fields.dealer"),
    selectedId: dealerId,
  })
  const { codes } = useStoreCurrencyCodes()

  return useMemo(
    () => [
      dealerFilter,
      {
        id: "currency_code",
        label: t("distribution.statements.fields.currency"),
        type: "radio",
        options: codes.map((code) => ({ label: code.toUpperCase(), value: code })),
      },
    ],
    [t, dealerFilter, codes]
  )
}
