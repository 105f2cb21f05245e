import { useTranslation } from "react-i18next"

import { useStockCount } from "../../../../../../hooks/api/stock-counts"
import { countNumber } from "../../../components/display-number"

/** "SC-3" in the breadcrumbs once the count has loaded. */
export const CountBreadcrumb = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const { count } = useStockCount(id)

  return <span>{count ? countNumber(count.display_id) : t("distribution.warehouse.counts.detail.breadcrumb")}</span>
}
