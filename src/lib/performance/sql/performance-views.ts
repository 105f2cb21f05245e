import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import { currencyPrecision } from "../../commission/currency-precision"
import { formatAmount, Money } from "../../commission/decimal"
import {
  bucketKeys,
  previousReportPeriod,
  reportPeriodOrThrow,
  type ReportPeriod,
  type ReportPeriodInput,
} from "../../reporting/periods"
import {
  averageOrderValue,
  dealerPerformance,
  growthRate,
  netSales,
  performanceGrowth,
  returnRate,
} from "../dealer-performance"
import { fillTrend, trendUnit } from "../trend"
import { commissionLiability, dashboardSums, tierDistribution } from "./dashboard"
import { dealerSums, leagueRows, rankInTier, trendRows, type LeagueOrder } from "./dealer-figures"

/**
 * Assembles the performance responses (dealer, league, dashboard) from the SQL
 * sums and the pure maths, for the admin and store routes alike.
 */

export type PerformanceQuery = ReportPeriodInput & { currency_code?: string }

export type PeriodView = { key: string; label: string; from: string; to: string; timezone: string }

export function periodView(p: ReportPeriod): PeriodView {
  return { key: p.key, label: p.label, from: p.from.toISOString(), to: p.to.toISOString(), timezone: p.timezone }
}

export function pgConnection(container: MedusaContainer): Knex {
  return container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
}

export function merchantTimeZone(container: MedusaContainer): string {
  return container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).getOptions().timezone
}

/** The currency asked for, else the store's default currency, else CNY. */
export async function reportCurrency(container: MedusaContainer, requested?: string | null): Promise<string> {
  if (requested) return requested.toLowerCase()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "store",
    fields: ["supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const list = ((data[0] as any)?.supported_currencies ?? []) as { currency_code: string; is_default: boolean }[]
  return ((list.find((c) => c.is_default) ?? list[0])?.currency_code ?? "cny").toLowerCase()
}

/** The period asked for (this month when none), its previous one, and the currency. */
export async function resolvePerformanceScope(container: MedusaContainer, q: PerformanceQuery) {
  const timezone = merchantTimeZone(container)
  const period = reportPeriodOrThrow(q, timezone)
  const previous = previousReportPeriod(period)
  const currency = await reportCurrency(container, q.currency_code)
  return { timezone, period, previous, currency }
}

export type DealerRow = {
  id: string
  code: string
  display_name: string
  status: string
  path: string
  tier_id: string | null
  tier?: { id: string; code: string; name_en: string; name_zh: string; rank: number } | null
}

/** Every figure of one dealer for a period, the previous period, growth, rank within its tier and a trend. */
export async function dealerPerformanceView(container: MedusaContainer, dealer: DealerRow, q: PerformanceQuery) {
  const pg = pgConnection(container)
  const { timezone, period, previous, currency } = await resolvePerformanceScope(container, q)
  const unit = trendUnit(period)
  const [sums, previousSums, rank, trend] = await Promise.all([
    dealerSums(pg, dealer, period, currency),
    dealerSums(pg, dealer, previous, currency),
    rankInTier(pg, dealer, period, currency),
    trendRows(pg, dealer.id, period, currency, unit, timezone),
  ])
  const figures = dealerPerformance(sums, currency)
  const before = dealerPerformance(previousSums, currency)
  return {
    dealer: {
      id: dealer.id,
      code: dealer.code,
      display_name: dealer.display_name,
      status: dealer.status,
      tier: dealer.tier
        ? { id: dealer.tier.id, code: dealer.tier.code, name_en: dealer.tier.name_en, name_zh: dealer.tier.name_zh, rank: dealer.tier.rank }
        : null,
    },
    period: periodView(period),
    previous_period: periodView(previous),
    currency_code: currency,
    figures,
    previous: before,
    growth: performanceGrowth(figures, before),
    rank: rank ? { tier_id: dealer.tier_id, rank: rank.rank, of: rank.of } : null,
    trend: { unit, points: formatTrend(fillTrend(bucketKeys(period, unit), trend), currency) },
  }
}

function formatTrend(points: ReturnType<typeof fillTrend>, currency: string) {
  const precision = currencyPrecision(currency)
  return points.map((p) => ({
    ...p,
    net_sales: formatAmount(p.net_sales, precision),
    commission: formatAmount(p.commission, precision),
  }))
}

export type LeagueQueryInput = PerformanceQuery & {
  tier_id?: string
  order?: string
  limit: number
  offset: number
}

/** One page of the league table: every dealer's figures, growth and rank in its tier. */
export async function leagueView(container: MedusaContainer, q: LeagueQueryInput) {
  const pg = pgConnection(container)
  const { period, previous, currency } = await resolvePerformanceScope(container, q)
  const order = (q.order ?? "-net_sales").replace(/^-/, "") as LeagueOrder
  const { rows, count } = await leagueRows(pg, {
    range: period,
    previous,
    currency,
    tier_id: q.tier_id,
    order,
    descending: (q.order ?? "-net_sales").startsWith("-"),
    limit: q.limit,
    offset: q.offset,
  })
  return {
    period: periodView(period),
    previous_period: periodView(previous),
    currency_code: currency,
    dealers: rows.map((r) => {
      const figures = dealerPerformance(r.sums, currency)
      return {
        dealer: r.dealer,
        ...figures,
        previous_net_sales: formatAmount(r.previous_net_sales, currencyPrecision(currency)),
        growth: { net_sales: growthRate(figures.net_sales, r.previous_net_sales) },
        rank: r.tier_rank,
        tier_size: r.tier_size,
      }
    }),
    count,
    limit: q.limit,
    offset: q.offset,
  }
}

export type DashboardQueryInput = PerformanceQuery & { top?: number }

/** Totals with growth, a trend, top dealers, dealers per tier and the commission liability. */
export async function dashboardView(container: MedusaContainer, q: DashboardQueryInput) {
  const pg = pgConnection(container)
  const { timezone, period, previous, currency } = await resolvePerformanceScope(container, q)
  const unit = trendUnit(period)
  const precision = currencyPrecision(currency)
  const money = (v: string) => formatAmount(v, precision)
  const [now, before, trend, tiers, liability, top] = await Promise.all([
    dashboardSums(pg, period, currency),
    dashboardSums(pg, previous, currency),
    trendRows(pg, null, period, currency, unit, timezone),
    tierDistribution(pg, period, currency),
    commissionLiability(pg),
    leagueRows(pg, {
      range: period,
      previous,
      currency,
      order: "net_sales",
      descending: true,
      limit: q.top ?? 5,
      offset: 0,
    }),
  ])
  const totalsOf = (s: typeof now) => {
    const net = netSales(s.sales, s.refunded)
    return {
      sales: money(s.sales),
      refunded: money(s.refunded),
      net_sales: money(net.toString()),
      attributed_net_sales: money(netSales(s.attributed_sales, s.attributed_refunded).toString()),
      order_count: s.order_count,
      attributed_order_count: s.attributed_order_count,
      customer_count: s.customer_count,
      average_order_value: averageOrderValue(net, s.order_count, currency),
      return_rate: returnRate(s.refunded, s.sales),
      commission_earned: money(s.commission_earned),
      commission_paid: money(s.commission_paid),
      new_dealers: s.new_dealers,
      new_bound_customers: s.new_bound_customers,
    }
  }
  const totals = totalsOf(now)
  const previousTotals = totalsOf(before)
  const liabilityRows = liability.map((l) => {
    const p = currencyPrecision(l.currency_code)
    const owed = new Money(l.pending).plus(l.available).plus(l.reserved)
    return {
      currency_code: l.currency_code,
      pending: formatAmount(l.pending, p),
      available: formatAmount(l.available, p),
      reserved: formatAmount(l.reserved, p),
      paid: formatAmount(l.paid, p),
      outstanding: formatAmount(owed, p),
    }
  })
  const zero = money("0")
  return {
    period: periodView(period),
    previous_period: periodView(previous),
    currency_code: currency,
    totals,
    previous: previousTotals,
    growth: {
      net_sales: growthRate(totals.net_sales, previousTotals.net_sales),
      order_count: growthRate(totals.order_count, previousTotals.order_count),
      customer_count: growthRate(totals.customer_count, previousTotals.customer_count),
      commission_earned: growthRate(totals.commission_earned, previousTotals.commission_earned),
    },
    trend: { unit, points: formatTrend(fillTrend(bucketKeys(period, unit), trend), currency) },
    top_dealers: top.rows.map((r) => {
      const figures = dealerPerformance(r.sums, currency)
      return {
        dealer: r.dealer,
        net_sales: figures.net_sales,
        team_net_sales: figures.team_net_sales,
        order_count: figures.order_count,
        growth: { net_sales: growthRate(figures.net_sales, r.previous_net_sales) },
      }
    }),
    tier_distribution: tiers.map((t) => ({ ...t, net_sales: money(t.net_sales) })),
    commission_liability:
      liabilityRows.find((l) => l.currency_code === currency) ??
      { currency_code: currency, pending: zero, available: zero, reserved: zero, paid: zero, outstanding: zero },
    commission_liability_by_currency: liabilityRows,
  }
}
