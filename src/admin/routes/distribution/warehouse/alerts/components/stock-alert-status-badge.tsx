import { createStatusBadge } from "../../../../../components/status-badge-factory"
import { StockAlertStatus } from "../../../../../types/stock-alert"

/** Open (red: reorder) or closed (green: stock recovered). */
export const StockAlertStatusBadge = createStatusBadge<StockAlertStatus>({
  colors: { open: "red", closed: "green" },
  labelKey: "distribution.stockAlerts.statuses",
  testId: "stock-alert-status",
})
