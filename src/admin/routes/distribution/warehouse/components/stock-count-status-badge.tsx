import { createStatusBadge } from "../../../../components/status-badge-factory"
import { StockCountStatus } from "../../../../types/stock-count"

/** Where a count stands: being counted, applied to the levels, or called off. */
export const StockCountStatusBadge = createStatusBadge<StockCountStatus>({
  colors: { counting: "orange", applied: "green", canceled: "grey" },
  labelKey: "distribution.warehouse.counts.statuses",
  testId: "stock-count-status",
  className: "whitespace-nowrap",
})
