import { formatMoney } from "../../../../../lib/format-money"
import { AnalysisCurrencyValue } from "../../../../../types/inventory-analysis"

/** An integer or a ratio in the dashboard's language; "–" for null (no sales, nothing on hand). */
export const formatNumber = (value: number | null | undefined, locale: string, digits = 0): string =>
  value == null ? "–" : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)

/** Values in one or more currencies, "¥687.50 · $48.00"; "–" when nothing is costed. */
export const formatValues = (values: AnalysisCurrencyValue[], locale: string): string =>
  values.length ? values.map((v) => formatMoney(v.value, v.currency_code, locale)).join(" · ") : "–"

/** Bar colours of the charts: legible on light and dark themes. */
export const CHART_COLORS = ["#3B82F6", "#10B981", "#F59E0B", "#8B5CF6", "#EF4444", "#14B8A6"]
