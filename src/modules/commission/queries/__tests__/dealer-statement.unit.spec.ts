import { LEDGER_ENTRY_COLUMNS } from "../../ledger-rows"
import { dealerStatementParams, dealerStatementRows, dealerStatementSql, entryOf, monthFigures } from "../dealer-statement"

const entry = (amount: string, kind: string, status: string, currency_code = "cny") => ({
  id: `cment_${amount}_${kind}_${status}`,
  dealer_id: "dlr_1",
  kind,
  status,
  amount,
  currency_code,
  order_id: null,
  order_display_id: null,
  line_item_id: null,
  product_title: null,
  level: null,
  base: null,
  rate: null,
  rule_id: null,
  rule_type: null,
  reverses_entry_id: null,
  payout_id: null,
  reason: null,
  created_by: null,
  idempotency_key: `k_${amount}_${kind}_${status}`,
  created_at: new Date("2026-11-03T00:00:00.000Z"),
})

describe("monthFigures: a month's sums as PostgreSQL's coalesce(sum(amount) FILTER (…), 0)::text", () => {
  it("sums exactly, with the largest scale of the amounts summed, and '0' for an empty bucket", () => {
    // Expected strings are what PostgreSQL 15 prints for the same sums (numeric: exact, dscale = max).
    const figures = monthFigures("100.10", [
      entry("36.00", "accrual", "pending"),
      entry("10.01", "adjustment", "available"),
      entry("-0.005", "adjustment", "available"),
      entry("-1.20", "reversal", "pending"),
    ])
    expect(figures).toEqual({
      opening_balance: "100.10",
      closing_balance: "144.905",
      by_kind: { accrual: "36.00", reversal: "-1.20", adjustment: "10.005", payout: "0" },
      by_status: { pending: "34.80", available: "10.005", reserved: "0", paid: "0" },
      entry_count: 4,
    })
  })

  it("keeps trailing zeros and prints a zero sum with its scale, never -0", () => {
    const figures = monthFigures("0", [entry("1.10", "adjustment", "paid"), entry("-1.1", "adjustment", "paid")])
    expect(figures.closing_balance).toBe("0.00")
    expect(figures.by_kind.adjustment).toBe("0.00")
    expect(figures.by_status.paid).toBe("0.00")
    // No entries: the closing balance is the opening one, as written.
    expect(monthFigures("-34625.10", [])).toEqual(
      expect.objectContaining({ closing_balance: "-34625.10", entry_count: 0, by_kind: { accrual: "0", reversal: "0", adjustment: "0", payout: "0" } })
    )
  })

  it("never rounds, whatever the size (decimal.js would at its default 20 digits)", () => {
    const figures = monthFigures("99999999999999999999.99", [entry("0.001", "accrual", "pending"), entry("12345678901234567890.12", "payout", "paid")])
    expect(figures.closing_balance).toBe("112345678901234567890.111")
    expect(figures.by_kind.payout).toBe("12345678901234567890.12")
  })
})

describe("dealerStatementRows", () => {
  const figures = JSON.stringify([
    { currency_code: "cny", rows_before_end: 3, opening_balance: "5.00" },
    { currency_code: "usd", rows_before_end: 0, opening_balance: null },
  ])
  const row = (e: ReturnType<typeof entry>) => ({ figures, snapshots: null, ...e })

  it("reads the head, keeps the first currency's entries without the head's columns and sums them", () => {
    const a = entry("1.50", "accrual", "pending")
    const b = entry("2.00", "payout", "paid", "usd")
    const { figures: f, entries } = dealerStatementRows("dlr_1", [row(a), row(b)], undefined)
    expect(f.currencies).toEqual(["cny", "usd"])
    expect(entries).toEqual([a])
    expect(Object.keys(entries[0])).toEqual(Object.keys(a))
    expect(f.totals).toEqual([
      expect.objectContaining({ dealer_id: "dlr_1", currency_code: "cny", opening_balance: "5.00", closing_balance: "6.50", entry_count: 1 }),
    ])
    expect(f.snapshots).toEqual([])
  })

  it("a range without entries is one row of nulls after the head; a currency without entries before the end has no totals", () => {
    const nulls = Object.fromEntries(Object.keys(entry("1", "accrual", "pending")).map((k) => [k, null]))
    const snapshots = JSON.stringify([
      { currency_code: "usd", opening_balance: "0", closing_balance: "2.00", totals: { by_kind: {}, by_status: {} }, entry_count: 1, created_at: "2026-12-01T00:15:00.123Z" },
    ])
    const { figures: f, entries } = dealerStatementRows("dlr_1", [{ figures, snapshots, ...nulls }], "usd")
    expect(entries).toEqual([])
    expect(f.totals).toEqual([])
    expect(f.snapshots).toEqual([expect.objectContaining({ currency_code: "usd", closing_balance: "2.00", created_at: new Date("2026-12-01T00:15:00.123Z") })])
    expect(dealerStatementRows("dlr_nobody", [{ figures: null, snapshots: null, ...nulls }], undefined)).toEqual({
      figures: { currencies: [], totals: [], snapshots: [] },
      entries: [],
    })
  })

  it("an entry has the ledger's columns, in their order", () => {
    const row = Object.fromEntries([["figures", "[]"], ["snapshots", null], ...LEDGER_ENTRY_COLUMNS.map(([name]) => [name, `v_${name}`])])
    const e = entryOf(row)
    expect(Object.keys(e)).toEqual(LEDGER_ENTRY_COLUMNS.map(([name]) => name))
    expect(Object.values(e)).toEqual(LEDGER_ENTRY_COLUMNS.map(([name]) => `v_${name}`))
  })

  it("binds one value per placeholder in each of the four texts", () => {
    const range = { period: "2026-11", from: new Date("2026-10-31T16:00:00Z"), to: new Date("2026-11-30T16:00:00Z") }
    for (const currency of [undefined, "cny"]) {
      for (const period of [range.period, null]) {
        const sql = dealerStatementSql({ currency: !!currency, period: !!period })
        expect(sql.split("?").length - 1).toBe(dealerStatementParams("dlr_1", { ...range, period }, currency).length)
      }
    }
  })
})
