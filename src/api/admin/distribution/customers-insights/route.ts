import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EXPORT_PAGE, sendCustomerCsv } from "./export"
import { customerList, defaultCurrency, pgConnection } from "./queries"
import type { AdminCustomerInsightsListQueryType } from "./validators"

/**
 * Customers with their tier, bound dealer, orders and net spend (in one
 * currency: `currency_code`, else the store's default), filtered by tier
 * (`tier_id`, or "none"), bound dealer, spend range and `q` (email, name,
 * phone, id), ordered by `order` (spend|orders|last_order_at|email|created_at,
 * "-" for descending). `?format=csv` downloads every matching customer.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { format, limit, offset, currency_code, ...filters } = req.validatedQuery as AdminCustomerInsightsListQueryType
  const currency = currency_code ?? (await defaultCurrency(req.scope)) ?? "usd"
  const pg = pgConnection(req.scope)
  if (format === "csv") {
    await sendCustomerCsv(res, async (at) =>
      (await customerList(pg, { ...filters, currency_code: currency, limit: EXPORT_PAGE, offset: at })).rows
    )
    return
  }
  const { rows, count } = await customerList(pg, { ...filters, currency_code: currency, limit, offset })
  res.json({ customers: rows, count, limit, offset, currency_code: currency })
}
