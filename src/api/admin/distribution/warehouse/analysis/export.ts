import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { inertText, writeCsvRecords } from "../../../../../lib/export/spreadsheet-export"
import type DistributionModuleService from "../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../types/module-names"
import type { AnalysisSummary, AnalysisWindow, NetworkRow, StockRow } from "./queries"

/** Rows fetched per statement while a CSV export pages through a list. */
export const EXPORT_PAGE = 500

export function pgConnection(container: MedusaContainer): Knex {
  return container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
}

/** Now, the period asked for, and the plugin's `slow_mover_days`. */
export function analysisWindow(container: MedusaContainer, periodDays: number): AnalysisWindow {
  const slow = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).getOptions().slow_mover_days ?? 60
  return { now: new Date(), period_days: periodDays, slow_mover_days: slow }
}

const num = (v: number | null | undefined) => (v == null ? "" : String(v))
const money = (values: { currency_code: string; value: string }[]) =>
  values.map((v) => `${v.value} ${v.currency_code.toUpperCase()}`).join("; ")

export const SUMMARY_COLUMNS = [
  "Location 仓库",
  "Location ID 仓库ID",
  "Dealer code 经销商编号",
  "Dealer 经销商",
  "Items 品项",
  "On hand 在库",
  "Reserved 预留",
  "Available 可用",
  "Value 库存金额",
  "Uncosted on hand 无成本在库",
  "Sold (period) 期间出库",
  "Sold (30 days) 30天出库",
  "Turnover 周转",
  "Days of cover 可售天数",
  "Slow movers 滞销品项",
]

export const STOCK_COLUMNS = [
  "Location 仓库",
  "Location ID 仓库ID",
  "Dealer code 经销商编号",
  "SKU",
  "Title 名称",
  "Inventory item ID 库存项ID",
  "On hand 在库",
  "Reserved 预留",
  "Available 可用",
  "Unit cost 单位成本",
  "Value 库存金额",
  "Currency 币种",
  "Sold (30 days) 30天出库",
  "Sold (period) 期间出库",
  "Days of cover 可售天数",
  "Turnover 周转",
  "Last sold (UTC) 最近出库",
  "Slow mover 滞销",
]

export const NETWORK_COLUMNS = [
  "SKU",
  "Title 名称",
  "Inventory item ID 库存项ID",
  "Total on hand 总在库",
  "Producer on hand 厂家在库",
  "Dealers on hand 经销商在库",
  "Available 可用",
  "Per location 各仓库",
]

function setCsvHeaders(res: MedusaResponse, name: string) {
  const stamp = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="inventory-${name}-${stamp}.csv"`)
}

export async function sendSummaryCsv(res: MedusaResponse, summary: AnalysisSummary) {
  setCsvHeaders(res, "summary")
  async function* records(): AsyncGenerator<string[]> {
    yield ["Period (days) 期间(天)", String(summary.period_days)]
    yield ["Slow mover after (days) 滞销天数", String(summary.slow_mover_days)]
    yield []
    yield SUMMARY_COLUMNS
    for (const l of summary.locations) {
      yield [
        inertText(l.location.name),
        l.location.id,
        inertText(l.dealer?.code ?? ""),
        inertText(l.dealer?.name ?? ""),
        num(l.items),
        num(l.on_hand),
        num(l.reserved),
        num(l.available),
        money(l.values),
        num(l.uncosted_on_hand),
        num(l.sold),
        num(l.sold_30d),
        num(l.turnover),
        num(l.days_of_cover),
        num(l.slow_movers),
      ]
    }
    const t = summary.totals
    yield [
      "Total 合计",
      "",
      "",
      "",
      num(t.items),
      num(t.on_hand),
      num(t.reserved),
      num(t.available),
      money(t.values),
      num(t.uncosted_on_hand),
      num(t.sold),
      num(t.sold_30d),
      num(t.turnover),
      num(t.days_of_cover),
      num(t.slow_movers),
    ]
  }
  await writeCsvRecords(records(), res)
}

/** Streams every page `fetchPage(offset)` returns as CSV, `EXPORT_PAGE` rows a statement. */
async function sendPagedCsv<T>(
  res: MedusaResponse,
  name: string,
  columns: string[],
  fetchPage: (offset: number) => Promise<T[]>,
  cells: (row: T) => string[]
) {
  setCsvHeaders(res, name)
  async function* records(): AsyncGenerator<string[]> {
    yield columns
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const page = await fetchPage(offset)
      for (const row of page) yield cells(row)
      if (page.length < EXPORT_PAGE) return
    }
  }
  await writeCsvRecords(records(), res)
}

export async function sendStockCsv(res: MedusaResponse, fetchPage: (offset: number) => Promise<StockRow[]>) {
  await sendPagedCsv(res, "stock", STOCK_COLUMNS, fetchPage, (r) => [
    inertText(r.location.name),
    r.location.id,
    inertText(r.dealer?.code ?? ""),
    inertText(r.sku),
    inertText(r.title),
    r.inventory_item_id,
    num(r.on_hand),
    num(r.reserved),
    num(r.available),
    r.unit_cost ?? "",
    r.value ?? "",
    (r.currency_code ?? "").toUpperCase(),
    num(r.sold_30d),
    num(r.sold_period),
    num(r.days_of_cover),
    num(r.turnover),
    r.last_sold_at ?? "",
    r.slow_mover ? "yes" : "no",
  ])
}

export async function sendNetworkCsv(res: MedusaResponse, fetchPage: (offset: number) => Promise<NetworkRow[]>) {
  await sendPagedCsv(res, "network", NETWORK_COLUMNS, fetchPage, (r) => [
    inertText(r.sku),
    inertText(r.title),
    r.inventory_item_id,
    num(r.total_on_hand),
    num(r.producer_on_hand),
    num(r.dealer_on_hand),
    num(r.total_available),
    inertText(
      r.locations.map((l) => `${l.name}${l.dealer ? ` [${l.dealer.code}]` : ""}: ${l.on_hand}`).join("; ")
    ),
  ])
}
