import type { BucketUnit } from "../reporting/periods"

/** A trend point: a bucket key and its figures (decimal strings). */
export type TrendPoint = { key: string; net_sales: string; order_count: number; commission: string }

/** Day buckets for periods up to this many days; month buckets beyond. */
export const DAILY_TREND_MAX_DAYS = 62

/** The bucket a period's trend is drawn in: days for a month or shorter, months for a quarter or longer. */
export function trendUnit(period: { from: Date; to: Date }): BucketUnit {
  const days = (period.to.getTime() - period.from.getTime()) / (24 * 60 * 60 * 1000)
  return days <= DAILY_TREND_MAX_DAYS ? "day" : "month"
}

/** Every key of the period in order, with zero where nothing happened. */
export function fillTrend(keys: string[], rows: Partial<TrendPoint>[]): TrendPoint[] {
  const byKey = new Map(rows.filter((r) => r.key).map((r) => [r.key as string, r]))
  return keys.map((key) => {
    const row = byKey.get(key)
    return {
      key,
      net_sales: row?.net_sales ?? "0",
      order_count: Number(row?.order_count ?? 0),
      commission: row?.commission ?? "0",
    }
  })
}
