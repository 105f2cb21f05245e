import { parseReportPeriod } from "../periods"
import { commissionRowsSql, fillTimeBuckets, pageThrough, salesFigures, salesRowsSql, salesTotalsSql } from "../report-sql"

const nov = parseReportPeriod({ period: "2026-11" }, "Asia/Shanghai")
const filters = { currency_code: "CNY", dealer_id: "dlr_1", region_id: "reg_1" }

describe("salesRowsSql", () => {
  it("binds the period, the currency (lower case) and each filter given, then the page", () => {
    const { sql, bindings } = salesRowsSql("dealer", nov, filters, { limit: 20, offset: 40 })
    expect(bindings).toEqual([nov.from, nov.to, "cny", "dlr_1", "reg_1", 20, 40])
    expect(sql).toContain("f.dealer_id = ?")
    expect(sql).toContain("f.region_id = ?")
    expect(sql).not.toContain("f.dealer_tier_id = ?")
    expect(sql).toMatch(/ORDER BY sum\(net_amount - refunded_amount\) DESC, 1 NULLS LAST\s+LIMIT \? OFFSET \?/)
    // An order is counted by its first line, in the covering index's (placed_at, order_id) order.
    expect(sql).toContain("lag(f.order_id) OVER (ORDER BY f.placed_at, f.order_id)")
    expect((sql.match(/\?/g) ?? []).length).toBe(bindings.length)
  })

  it("buckets time in the merchant's zone and returns every bucket, unpaged", () => {
    const { sql, bindings } = salesRowsSql("week", nov, { currency_code: "cny" }, { limit: 5, offset: 0 })
    expect(sql).toContain("date_trunc('week', f.placed_at AT TIME ZONE 'Asia/Shanghai') AS key")
    expect(sql).toContain("to_char(key, 'YYYY-MM-DD') AS key")
    expect(sql).not.toContain("LIMIT")
    expect(bindings).toEqual([nov.from, nov.to, "cny"])
  })

  it("unnests categories, keeping uncategorised lines under a null key, and counts orders per category", () => {
    const { sql } = salesRowsSql("category", nov, { currency_code: "cny" }, null)
    expect(sql).toContain("unnest(CASE WHEN cardinality(f.category_ids) = 0 THEN '{NULL}'::text[] ELSE f.category_ids END)")
    expect(sql).toContain("GROUP BY 1, 2")
  })

  it("totals count every line once", () => {
    const { sql, bindings } = salesTotalsSql(nov, { currency_code: "cny", tier_id: "t1" })
    expect(sql).toContain("count(*) FILTER (WHERE first_line AND NOT canceled)")
    expect(bindings).toEqual([nov.from, nov.to, "cny", "t1"])
  })
})

describe("commissionRowsSql", () => {
  it("reads the ledger's live entries of the currency and period", () => {
    const { sql, bindings } = commissionRowsSql("dealer", nov, { currency_code: "cny", dealer_id: "dlr_1" }, { limit: 10, offset: 0 })
    expect(sql).toContain("e.deleted_at IS NULL")
    expect(sql).toContain("-sum(e.amount) FILTER (WHERE e.kind = 'payout')")
    expect(bindings).toEqual([nov.from, nov.to, "cny", "dlr_1", 10, 0])
  })
})

describe("fillTimeBuckets", () => {
  it("fills empty days with zeros and pages the whole axis", () => {
    const figures = (r: any) => salesFigures(r, 2)
    const { rows, count } = fillTimeBuckets(
      [{ key: "2026-11-02", orders: 2, quantity: "3", net_sales: "10.5", refunded: "0", commission: "1" } as any],
      "day",
      nov,
      figures,
      { limit: 3, offset: 0 }
    )
    expect(count).toBe(30)
    expect(rows).toEqual([
      { key: "2026-11-01", label: "2026-11-01", orders: 0, quantity: 0, net_sales: "0.00", refunded: "0.00", commission: "0.00" },
      { key: "2026-11-02", label: "2026-11-02", orders: 2, quantity: 3, net_sales: "10.50", refunded: "0.00", commission: "1.00" },
      { key: "2026-11-03", label: "2026-11-03", orders: 0, quantity: 0, net_sales: "0.00", refunded: "0.00", commission: "0.00" },
    ])
  })
})

describe("pageThrough", () => {
  it("asks for batch after batch until one comes back short, and yields every row once", async () => {
    const all = Array.from({ length: 5 }, (_, i) => i)
    const pages: { limit: number; offset: number }[] = []
    const rows: number[] = []
    for await (const row of pageThrough(async (page) => {
      pages.push(page)
      return all.slice(page.offset, page.offset + page.limit)
    }, 2)) {
      rows.push(row)
    }
    expect(rows).toEqual(all)
    expect(pages).toEqual([
      { limit: 2, offset: 0 },
      { limit: 2, offset: 2 },
      { limit: 2, offset: 4 },
    ])
  })

  it("stops after an empty batch when the rows fill the last one exactly", async () => {
    const fetchPage = jest.fn(async (page: { limit: number; offset: number }) => [1, 2, 3, 4].slice(page.offset, page.offset + page.limit))
    const rows: number[] = []
    for await (const row of pageThrough(fetchPage, 2)) rows.push(row)
    expect(rows).toEqual([1, 2, 3, 4])
    expect(fetchPage).toHaveBeenCalledTimes(3)
  })
})
