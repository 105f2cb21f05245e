/** Number formats and colours of the reports page. */

export const formatCount = (value: number | null | undefined, locale: string): string =>
  value == null || Number.isNaN(value) ? "–" : new Intl.NumberFormat(locale).format(value)

/** Chart colours legible on light and dark themes. */
export const REPORT_COLORS = ["#3B82F6", "#10B981", "#8B5CF6", "#F59E0B", "#EF4444", "#14B8A6"]
