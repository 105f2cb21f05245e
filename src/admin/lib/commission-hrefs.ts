/**
 * `/distribution/statements/:dealer_id?period=YYYY-MM&currency_code=cny`;
 * without a period the statement opens on the server's current month.
 */
export const statementHref = (
  dealerId: string,
  { period, currency_code }: { period?: string | null; currency_code?: string | null } = {}
): string => {
  const search = new URLSearchParams()
  if (period) {
    search.set("period", period)
  }
  if (currency_code) {
    search.set("currency_code", currency_code)
  }
  const query = search.toString()
  return `/distribution/statements/${dealerId}${query ? `?${query}` : ""}`
}

/**
 * The ledger filtered as given: each filter JSON-encoded in the URL, the way
 * the dashboard's DataTable writes them (`dealer_id="dlr_…"`).
 */
export const ledgerHref = (filters: { dealer_id?: string; order_id?: string }): string => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) {
    if (value) {
      search.set(key, JSON.stringify(value))
    }
  }
  const query = search.toString()
  return `/distribution/ledger${query ? `?${query}` : ""}`
}
