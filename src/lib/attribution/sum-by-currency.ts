import Decimal from "decimal.js"

/** Sums money per currency exactly; amounts come as numbers, strings or BigNumbers. */
export function sumByCurrency(
  rows: { currency_code: string; amount: unknown }[]
): { currency_code: string; amount: string }[] {
  const totals = new Map<string, Decimal>()
  for (const row of rows) {
    const amount = new Decimal(String((row.amount as any)?.numeric ?? row.amount ?? 0))
    totals.set(row.currency_code, (totals.get(row.currency_code) ?? new Decimal(0)).plus(amount))
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency_code, amount]) => ({ currency_code, amount: amount.toFixed() }))
}
