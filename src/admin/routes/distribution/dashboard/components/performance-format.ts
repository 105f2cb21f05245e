/** Number formats of the performance screens (ratios come as decimal strings, "0.1234" = 12.34 %). */

export const formatCount = (value: number | null | undefined, locale: string): string =>
  value == null ? "–" : new Intl.NumberFormat(locale).format(value)

export const formatRatio = (value: string | null | undefined, locale: string): string =>
  value == null ? "–" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(Number(value))

/** "+25 %", "−10 %"; "–" when there is nothing to compare with. */
export const formatGrowth = (value: string | null | undefined, locale: string): string =>
  value == null
    ? "–"
    : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(Number(value))

export const growthColor = (value: string | null | undefined): "green" | "red" | "grey" =>
  value == null || Number(value) === 0 ? "grey" : Number(value) > 0 ? "green" : "red"

/** Chart colours legible on light and dark themes. */
export const PERFORMANCE_COLORS = ["#3B82F6", "#10B981", "#F59E0B", "#8B5CF6", "#EF4444", "#14B8A6", "#EC4899"]

const pad = (n: number) => String(n).padStart(2, "0")

/** The preset periods of the pickers, then the last twelve months by name ("2026-11"). */
export const periodOptions = (now = new Date()): { value: string; month: boolean }[] => {
  const presets = ["this_month", "last_30_days", "last_90_days", "this_quarter", "this_year"].map((value) => ({
    value,
    month: false,
  }))
  const months: { value: string; month: boolean }[] = []
  for (let i = 1; i <= 12; i++) {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1)
    months.push({ value: `${d.getFullYear()}-${pad(d.getMonth() + 1)}`, month: true })
  }
  return [...presets, ...months]
}
