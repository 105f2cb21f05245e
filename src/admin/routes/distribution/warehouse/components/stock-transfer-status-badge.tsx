import { createStatusBadge } from "../../../../components/status-badge-factory"
import { StockTransferStatus } from "../../../../types/stock-transfer"

/** Where a transfer stands: draft, on its way, arrived, or called off. */
export const StockTransferStatusBadge = createStatusBadge<StockTransferStatus>({
  colors: { draft: "orange", shipped: "blue", received: "green", canceled: "grey" },
  labelKey: "distribution.warehouse.transfers.statuses",
  testId: "stock-transfer-status",
  className: "whitespace-nowrap",
})
