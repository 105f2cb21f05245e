import { useDataTableDateFilters } from "@medusajs/dashboard/hooks"
import { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useDealerTableFilter } from "../../../../../components/dealer-table-filter"
import { useStoreCurrencyCodes } from "../../../../../components/inputs/currency-select"
import { LEDGER_KINDS, LEDGER_STATUSES } from "./query"

/** Dealer, status, kind, currency, order and date filters of the ledger. */
export const useLedgerTableFilters = ({ dealerId }: { dealerId?: string }): DataTableFilter[] => {
  const { t } = useTranslation()
  const dealerFilter = useDealerTableFilter({
    label: t("distribution.ledger.fields.dealer"),
    selectedId: dealerId,
  })
  const { codes } = useStoreCurrencyCodes()
  const dateFilters = useDataTableDateFilters()
  const createdAt = dateFilters.find((filter) => filter.id === "created_at")

  return useMemo(
    () => [
      dealerFilter,
      {
        id: "status",
        label: t("distribution.ledger.fields.status"),
        type: "radio",
        options: LEDGER_STATUSES.map((status) => ({
          label: t(`distribution.ledger.statuses.${status}`),
          value: status,
        })),
      },
      {
        id: "kind",
        label: t("distribution.ledger.fields.kind"),
        type: "radio",
        options: LEDGER_KINDS.map((kind) => ({
          label: t(`distribution.ledger.kinds.${kind}`),
          value: kind,
        })),
      },
      {
        id: "currency_code",
        label: t("distribution.ledger.fields.currency"),
        type: "radio",
        options: codes.map((code) => ({ label: code.toUpperCase(), value: code })),
      },
      {
        id: "order_id",
        label: t("distribution.ledger.fields.orderId"),
        type: "string",
        placeholder: t("distribution.ledger.filters.orderIdPlaceholder"),
      },
      ...(createdAt
        ? [{ ...createdAt, label: t("distribution.ledger.fields.date") } as DataTableFilter]
        : []),
    ],
    [t, dealerFilter, codes, createdAt]
  )
}
