import { useTranslation } from "react-i18next"

import { useStockTransfer } from "../../../../../../hooks/api/stock-transfers"
import { transferNumber } from "../../../components/display-number"

/** "TR-12" in the breadcrumbs once the transfer has loaded. */
export const TransferBreadcrumb = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const { transfer } = useStockTransfer(id)

  return (
    <span>
      {transfer ? transferNumber(transfer.display_id) : t("distribution.warehouse.transfers.detail.breadcrumb")}
    </span>
  )
}
