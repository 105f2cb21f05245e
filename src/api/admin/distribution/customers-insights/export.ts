import type { MedusaResponse } from "@medusajs/framework/http"
import { inertText, writeCsvRecords } from "../../../../lib/export/spreadsheet-export"
import type { CustomerListRow } from "./queries"

/** Rows fetched per statement while the CSV export pages through the list. */
export const EXPORT_PAGE = 500

export const CUSTOMER_COLUMNS = [
  "Customer ID 客户ID",
  "Email 邮箱",
  "Name 姓名",
  "Tier code 等级编号",
  "Tier 客户等级",
  "Dealer code 经销商编号",
  "Dealer 绑定经销商",
  "Orders 订单数",
  "Net spend 净消费",
  "Average order 客单价",
  "Currency 币种",
  "Last order (UTC) 最近下单",
  "Registered 注册",
]

/** Streams every matching customer as CSV (UTF-8 with BOM, CRLF), a page of EXPORT_PAGE per statement. */
export async function sendCustomerCsv(res: MedusaResponse, fetchPage: (offset: number) => Promise<CustomerListRow[]>) {
  const stamp = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="customers-${stamp}.csv"`)
  async function* records(): AsyncGenerator<string[]> {
    yield CUSTOMER_COLUMNS
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const page = await fetchPage(offset)
      for (const r of page) {
        yield [
          r.id,
          inertText(r.email),
          inertText([r.first_name, r.last_name].filter(Boolean).join(" ")),
          inertText(r.tier?.code ?? ""),
          inertText(r.tier ? `${r.tier.name_zh} / ${r.tier.name_en}` : ""),
          inertText(r.dealer?.code ?? ""),
          inertText(r.dealer?.display_name ?? ""),
          String(r.order_count),
          r.total_spend,
          r.average_spend ?? "",
          r.currency_code.toUpperCase(),
          r.last_order_at ?? "",
          r.has_account ? "yes" : "no",
        ]
      }
      if (page.length < EXPORT_PAGE) return
    }
  }
  await writeCsvRecords(records(), res)
}
