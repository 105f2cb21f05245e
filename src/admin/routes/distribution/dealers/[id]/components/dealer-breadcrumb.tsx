import { useTranslation } from "react-i18next"

import { useDealer } from "../../../../../hooks/api/dealers"

/** The dealer's code in the breadcrumbs, from the detail query's cache. */
export const DealerBreadcrumb = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const { dealer } = useDealer(id)

  return <span>{dealer?.code ?? t("distribution.dealers.detail.breadcrumb")}</span>
}
