import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { SummaryLine } from "../../../../lib/export/spreadsheet-export"
import type { ReportPeriod } from "../../../../lib/reporting/periods"
import { ReportColumn, ReportFile, writeReportCsv, writeReportXlsx } from "../../../../lib/reporting/report-export"
import { Page, pageThrough } from "../../../../lib/reporting/report-sql"
import type DistributionModuleService from "../../../../modules/distribution/service"
import type ReportingModuleService from "../../../../modules/reporting/service"
import { DISTRIBUTION_MODULE, REPORTING_MODULE } from "../../../../types/module-names"

export function pg(container: MedusaContainer): Knex {
  return container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
}

/** The merchant's time zone (the `timezone` plugin option). */
export function reportTimeZone(container: MedusaContainer): string {
  return container.resolve<ReportingModuleService>(REPORTING_MODULE).getOptions().timezone
}

/**
 * One currency per report: the one asked for, else the currency the store
 * sells in — its regions' currency (orders are placed in their region's),
 * or the store's default currency when it has no region. A store with
 * regions in several currencies must say which.
 */
export async function reportCurrency(container: MedusaContainer, asked?: string): Promise<string> {
  if (asked) {
    return asked.toLowerCase()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["currency_code"] })
  const codes = [...new Set<string>(regions.map((r: any) => String(r.currency_code).toLowerCase()))].sort()
  if (codes.length > 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The store sells in ${codes.join(", ")}: choose one with currency_code (a report adds up one currency).`
    )
  }
  if (codes.length === 1) {
    return codes[0]
  }
  const { data } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code", "supported_currencies.is_default"] })
  const currencies = (data[0] as any)?.supported_currencies ?? []
  return String((currencies.find((c: any) => c.is_default) ?? currencies[0])?.currency_code ?? "cny").toLowerCase()
}

export const NO_KEY_LABELS: Record<string, string> = {
  product: "No product",
  category: "Uncategorised",
  region: "No region",
  dealer: "No dealer",
  tier: "No tier",
}

/** Names for a page of group keys: dealers, tiers (distribution module), regions, categories (Medusa). */
export async function groupLabels(container: MedusaContainer, group: string, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.filter(Boolean)
  if (!ids.length) {
    return new Map()
  }
  const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  switch (group) {
    case "dealer": {
      const dealers = await distribution.listDealers({ id: ids }, { select: ["id", "code", "display_name"], withDeleted: true })
      return new Map(dealers.map((d) => [d.id, `${d.code} ${d.display_name}`]))
    }
    case "tier": {
      const tiers = await distribution.listDealerTiers({ id: ids }, { select: ["id", "code", "name_en", "name_zh"], withDeleted: true })
      return new Map(tiers.map((t) => [t.id, `${t.code} ${t.name_en} / ${t.name_zh}`]))
    }
    case "region": {
      const { data } = await query.graph({ entity: "region", fields: ["id", "name"], filters: { id: ids } })
      return new Map(data.map((r: any) => [r.id, r.name]))
    }
    case "category": {
      const { data } = await query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: ids } })
      return new Map(data.map((c: any) => [c.id, c.name]))
    }
    default:
      return new Map()
  }
}

export function periodView(period: ReportPeriod) {
  return { key: period.key, label: period.label, from: period.from, to: period.to, timezone: period.timezone }
}

export function periodSummary(period: ReportPeriod, currency: string, groupBy: string): SummaryLine[] {
  return [
    { label: "Period 期间", text: period.label },
    { label: "From (UTC) 起", date: period.from },
    { label: "To (UTC, exclusive) 止", date: period.to },
    { label: "Time zone 时区", text: period.timezone },
    { label: "Currency 币种", text: currency.toUpperCase() },
    { label: "Group by 分组", text: groupBy },
  ]
}

/** Sends a report as CSV or XLSX, named e.g. `sales-by-month-2026-11.csv`. */
export async function sendReportFile(res: MedusaResponse, file: ReportFile, name: string, format: "csv" | "xlsx") {
  res.setHeader(
    "Content-Type",
    format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  )
  res.setHeader("Content-Disposition", `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}.${format}"`)
  if (format === "csv") {
    await writeReportCsv(file, res)
  } else {
    await writeReportXlsx(file, res)
  }
  res.end()
}

/**
 * Answers a report request: one page of rows with the totals as JSON, or —
 * `format=csv|xlsx` — a file with every row of the report (limit and offset
 * ignored; `loadPage` is called batch after batch as the file is written).
 */
export async function sendReport<Row extends Record<string, unknown>, Figures extends Record<string, unknown>>(
  res: MedusaResponse,
  report: {
    name: "sales" | "commission"
    title: string
    columns: ReportColumn[]
    query: { group_by: string; format: "json" | "csv" | "xlsx"; limit: number; offset: number }
    period: ReportPeriod
    currency: string
    totals: Promise<Figures>
    loadPage: (page: Page) => Promise<{ rows: Row[]; count: number }>
  }
) {
  const { query: q, period, currency } = report
  if (q.format !== "json") {
    const totals = await report.totals
    return sendReportFile(
      res,
      {
        title: report.title,
        summary: periodSummary(period, currency, q.group_by),
        columns: report.columns,
        rows: pageThrough(async (page) => (await report.loadPage(page)).rows),
        totals: { key: "Total 合计", label: "", ...totals },
      },
      `${report.name}-by-${q.group_by}-${period.key === "custom" ? period.label.slice(0, 10) : period.key}`,
      q.format
    )
  }
  const [{ rows, count }, totals] = await Promise.all([report.loadPage({ limit: q.limit, offset: q.offset }), report.totals])
  res.json({
    group_by: q.group_by,
    period: periodView(period),
    currency_code: currency,
    rows,
    totals,
    count,
    limit: q.limit,
    offset: q.offset,
  })
}
