/**
 * The start of a rule's window: `months` calendar months before `now`, at
 * the same instant (UTC). When the target month is shorter, the day is
 * clamped to its last day (31 March − 1 month = 28/29 February). An order
 * placed exactly at the start is inside the window.
 */
export function windowStart(now: Date, months: number): Date {
  const year = now.getUTCFullYear()
  const month = now.getUTCMonth() - months
  const targetYear = year + Math.floor(month / 12)
  const targetMonth = ((month % 12) + 12) % 12
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate()
  return new Date(
    Date.UTC(
      targetYear,
      targetMonth,
      Math.min(now.getUTCDate(), lastDay),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds()
    )
  )
}

/** The distinct window lengths of a set of rules, shortest first. */
export function ruleWindows(rules: { window_months: number }[]): number[] {
  return [...new Set(rules.map((r) => r.window_months))].sort((a, b) => a - b)
}
