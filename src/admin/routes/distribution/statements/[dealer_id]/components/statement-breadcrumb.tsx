import { useTranslation } from "react-i18next"

import { useDealer } from "../../../../../hooks/api/dealers"

/** The dealer's code in the breadcrumbs ("NB101"), once it has loaded. */
export const StatementBreadcrumb = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTranslation()
  const { dealer } = useDealer(dealerId)

  return <span>{dealer?.code ?? t("distribution.statements.detail.breadcrumb")}</span>
}
