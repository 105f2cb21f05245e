import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"

import { REPORT_TIME_UNITS, ReportTimeUnit } from "../../../../types/reports"
import { isReportId, ReportId } from "./report-definitions"
import { defaultTimeUnit, isPeriodPreset, PeriodPreset } from "./report-period"

export type ReportParams = {
  report: ReportId
  preset: PeriodPreset
  /** Custom range, local days "YYYY-MM-DD" (`to` included). */
  from?: string
  to?: string
  /** The time reports' bucket: the one picked, else the period's natural one. */
  unit: ReportTimeUnit
  unitPicked: boolean
  dealer_id?: string
  tier_id?: string
  region_id?: string
  currency_code?: string
  /** First row of a grouped report's page. */
  offset: number
}

type Changes = Partial<Record<"report" | "period" | "from" | "to" | "unit" | "dealer_id" | "tier_id" | "region_id" | "currency_code" | "offset", string | number | null | undefined>>

/**
 * The page's report, period and filters, kept in the URL so a report can be
 * reloaded, bookmarked and shared. Any change but the page's offset starts at
 * the first page again.
 */
export function useReportParams(): [ReportParams, (changes: Changes) => void] {
  const [search, setSearch] = useSearchParams()

  const params = useMemo<ReportParams>(() => {
    const get = (name: string) => search.get(name) || undefined
    const preset = isPeriodPreset(get("period")) ? (get("period") as PeriodPreset) : "this_month"
    const from = get("from")
    const to = get("to")
    const unit = get("unit")
    const unitPicked = (REPORT_TIME_UNITS as readonly string[]).includes(unit ?? "")
    return {
      report: isReportId(get("report")) ? (get("report") as ReportId) : "sales_period",
      preset,
      from,
      to,
      unit: unitPicked ? (unit as ReportTimeUnit) : defaultTimeUnit(preset, { from, to }),
      unitPicked,
      dealer_id: get("dealer_id"),
      tier_id: get("tier_id"),
      region_id: get("region_id"),
      currency_code: get("currency_code"),
      offset: Math.max(0, Number(get("offset")) || 0),
    }
  }, [search])

  const update = useCallback(
    (changes: Changes) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous)
          for (const [name, value] of Object.entries(changes)) {
            if (value == null || value === "") {
              next.delete(name)
            } else {
              next.set(name, String(value))
            }
          }
          if (!("offset" in changes)) {
            next.delete("offset")
          }
          return next
        },
        { replace: true }
      ),
    [setSearch]
  )

  return [params, update]
}
