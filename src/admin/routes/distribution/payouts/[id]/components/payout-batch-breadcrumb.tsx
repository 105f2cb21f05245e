import { useDate } from "@medusajs/dashboard/hooks"
import { useTranslation } from "react-i18next"

import { usePayoutBatch } from "../../../../../hooks/api/payouts"

/** "CNY · 12 Mar 2025" in the breadcrumbs once the batch has loaded. */
export const PayoutBatchBreadcrumb = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const { batch } = usePayoutBatch(id)

  return (
    <span>
      {batch
        ? `${batch.currency_code.toUpperCase()} · ${getFullDate({ date: batch.created_at })}`
        : t("distribution.payouts.detail.breadcrumb")}
    </span>
  )
}
