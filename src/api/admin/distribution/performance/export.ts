import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { inertText, writeCsvRecords } from "../../../../lib/export/spreadsheet-export"
import { leagueView, type LeagueQueryInput } from "../../../../lib/performance/sql/performance-views"

/** Rows fetched per statement while the CSV pages through the league. */
const EXPORT_PAGE = 500

export const LEAGUE_COLUMNS = [
  "Rank in tier 级别内排名",
  "Tier size 同级人数",
  "Dealer code 经销商编号",
  "Dealer 经销商",
  "Status 状态",
  "Tier ID 级别ID",
  "Currency 币种",
  "Sales 销售额",
  "Refunded 退款",
  "Net sales 净销售额",
  "Downline net sales 下线净销售额",
  "Team net sales 团队净销售额",
  "Orders 订单数",
  "Average order value 客单价",
  "Active customers 活跃客户",
  "New bound customers 新绑定客户",
  "Return rate 退货率",
  "Commission earned 佣金收入",
  "Commission paid 已付佣金",
  "Stock value 库存金额",
  "Previous net sales 上期净销售额",
  "Growth 增长率",
]

/** The whole league (every page) as CSV, in the order asked for. */
export async function sendLeagueCsv(container: MedusaContainer, res: MedusaResponse, q: Omit<LeagueQueryInput, "limit" | "offset">) {
  const first = await leagueView(container, { ...q, limit: EXPORT_PAGE, offset: 0 })
  const filename = `dealer-performance-${first.period.key}-${first.currency_code}.csv`
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  async function* records() {
    yield LEAGUE_COLUMNS
    let page = first
    for (let offset = 0; ; ) {
      for (const r of page.dealers) {
        yield [
          String(r.rank),
          String(r.tier_size),
          inertText(r.dealer.code),
          inertText(r.dealer.display_name),
          r.dealer.status,
          r.dealer.tier_id ?? "",
          r.currency_code.toUpperCase(),
          r.sales,
          r.refunded,
          r.net_sales,
          r.downline_net_sales,
          r.team_net_sales,
          String(r.order_count),
          r.average_order_value ?? "",
          String(r.active_customers),
          String(r.new_bound_customers),
          r.return_rate ?? "",
          r.commission_earned,
          r.commission_paid,
          r.stock_value,
          r.previous_net_sales,
          r.growth.net_sales ?? "",
        ]
      }
      offset += EXPORT_PAGE
      if (offset >= page.count) break
      page = await leagueView(container, { ...q, limit: EXPORT_PAGE, offset })
    }
  }
  await writeCsvRecords(records(), res)
}
