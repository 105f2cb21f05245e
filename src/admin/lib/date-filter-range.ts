/** The value a DataTable date filter keeps in the URL. */
export type DateFilterValue = {
  $gte?: string
  $lte?: string
  $gt?: string
  $lt?: string
}

const isMidnight = (date: Date) =>
  date.getHours() === 0 &&
  date.getMinutes() === 0 &&
  date.getSeconds() === 0 &&
  date.getMilliseconds() === 0

const validDate = (value?: string) => {
  if (!value) {
    return null
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * A date filter as the `from` / `to` instants of a created_at range. The
 * picker's end date is the start of the chosen day; the range includes that
 * whole day, so a `to` at local midnight moves to the day's last millisecond.
 */
export const dateFilterToRange = (
  value?: DateFilterValue | null
): { from?: string; to?: string } => {
  if (!value || typeof value !== "object") {
    return {}
  }
  const from = validDate(value.$gte ?? value.$gt)
  const to = validDate(value.$lte) ?? validDate(value.$lt)
  if (value.$lte && to && isMidnight(to)) {
    to.setHours(23, 59, 59, 999)
  }
  return {
    from: from?.toISOString(),
    to: to?.toISOString(),
  }
}
