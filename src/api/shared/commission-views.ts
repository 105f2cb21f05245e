import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaResponse } from "@medusajs/framework/http"
import { periodOf, periodRange } from "../../lib/commission/period"
import { StatementExportRow, writeStatementCsv, writeStatementXlsx } from "../../lib/commission/statement-export"
import type CommissionModuleService from "../../modules/commission/service"
import type { LedgerEntryRow, PeriodTotals, StatementSnapshot } from "../../modules/commission/service"
import type DistributionModuleService from "../../modules/distribution/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE } from "../../types/module-names"
import type { StatementQueryType } from "./commission-validators"

export type DealerRef = { id: string; code: string; display_name: string }

/** Ledger rows as the API returns them; `dealer` is filled for the admin only. */
export function ledgerEntryView(row: LedgerEntryRow, dealers?: Map<string, DealerRef>) {
  return {
    ...row,
    order_display_id: row.order_display_id === null ? null : Number(row.order_display_id),
    level: row.level === null ? null : Number(row.level),
    ...(dealers ? { dealer: dealers.get(row.dealer_id) ?? null } : {}),
  }
}

export async function dealerRefs(container: MedusaContainer, ids: string[]): Promise<Map<string, DealerRef>> {
  const unique = [...new Set(ids)]
  if (!unique.length) {
    return new Map()
  }
  const dealers = await container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).listDealerRefs(unique)
  return new Map(dealers.map((d) => [d.id, { id: d.id, code: d.code, display_name: d.display_name }]))
}

/** One dealer's id, code and name (a soft-deleted dealer too), or null. */
export async function dealerRef(container: MedusaContainer, id: string): Promise<DealerRef | null> {
  return (await dealerRefs(container, [id])).get(id) ?? null
}

export type StatementRange = { period: string | null; from: Date; to: Date }

/** The statement's time range from the query: a month in the merchant's time zone, or explicit dates. */
export function statementRange(container: MedusaContainer, query: Pick<StatementQueryType, "period" | "from" | "to">): StatementRange {
  if (query.from && query.to) {
    return { period: null, from: query.from, to: query.to }
  }
  const timezone = container.resolve<CommissionModuleService>(COMMISSION_MODULE).getOptions().timezone
  const period = query.period ?? periodOf(new Date(), timezone)
  return { period, ...periodRange(period, timezone) }
}

/**
 * The statement's currency: the one asked for, else the dealer's only
 * currency, else the store's default; a dealer earning in several
 * currencies must say which.
 */
export async function statementCurrency(container: MedusaContainer, dealerId: string, asked?: string) {
  if (asked) {
    return asked
  }
  const currencies = await container.resolve<CommissionModuleService>(COMMISSION_MODULE).dealerCurrencies(dealerId)
  return chooseStatementCurrency(container, currencies)
}

/** statementCurrency's choice among the currencies the dealer has entries in (none asked). */
async function chooseStatementCurrency(container: MedusaContainer, currencies: string[]) {
  if (currencies.length > 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `This dealer has entries in ${currencies.join(", ")}: choose one with currency_code.`
    )
  }
  if (currencies.length === 1) {
    return currencies[0]
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code", "supported_currencies.is_default"] })
  const currencyList = (data[0] as any)?.supported_currencies ?? []
  return (currencyList.find((c: any) => c.is_default) ?? currencyList[0])?.currency_code ?? "cny"
}

const ZERO_TOTALS = {
  by_kind: { accrual: "0", reversal: "0", adjustment: "0", payout: "0" },
  by_status: { pending: "0", available: "0", reserved: "0", paid: "0" },
}

/**
 * Who a statement is shown with: looked up for the admin's lists, given when
 * the caller has the dealer already, none for the dealer reading its own.
 */
export type StatementDealer = { withDealer: boolean; dealer?: DealerRef }

/**
 * Summary figures of statements and whether the month is closed (frozen),
 * with each statement's dealer when asked.
 */
export async function statementSummaries(
  container: MedusaContainer,
  range: StatementRange,
  rows: PeriodTotals[],
  options: StatementDealer = { withDealer: true }
) {
  const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const dealerIds = [...new Set(rows.map((r) => r.dealer_id))]
  const [dealers, snapshots] = await Promise.all([
    options.dealer
      ? new Map<string, DealerRef>([[options.dealer.id, options.dealer]])
      : options.withDealer
        ? dealerRefs(container, dealerIds)
        : null,
    range.period ? commission.statementSnapshots(range.period, dealerIds) : ([] as StatementSnapshot[]),
  ])
  const closed = new Map(snapshots.map((s) => [`${s.dealer_id}:${s.currency_code}`, s]))
  return rows.map((r) =>
    statementView(range, r, closed.get(`${r.dealer_id}:${r.currency_code}`), dealers ? dealers.get(r.dealer_id) ?? null : undefined)
  )
}

/**
 * A statement's summary as the API returns it: the frozen snapshot's figures
 * when the month is closed. `dealer` undefined leaves the key out.
 */
function statementView(range: StatementRange, r: PeriodTotals, snapshot: StatementSnapshot | undefined, dealer?: DealerRef | null) {
  return {
    dealer_id: r.dealer_id,
    ...(dealer !== undefined ? { dealer } : {}),
    currency_code: r.currency_code,
    period: range.period,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    opening_balance: snapshot ? snapshot.opening_balance : r.opening_balance,
    closing_balance: snapshot ? snapshot.closing_balance : r.closing_balance,
    totals_by_kind: snapshot?.totals.by_kind ?? r.by_kind,
    totals_by_status: snapshot?.totals.by_status ?? r.by_status,
    entry_count: snapshot ? Number(snapshot.entry_count) : r.entry_count,
    closed: !!snapshot,
    snapshot_at: snapshot ? new Date(snapshot.created_at).toISOString() : null,
  }
}

/** A dealer's statement figures for a range, in its currency; see statementParts. */
export type StatementParts = { currency: string; totals: PeriodTotals; snapshot?: StatementSnapshot }

/**
 * The currency of a dealer's statement (as statementCurrency chooses it) and
 * its figures for the range (zeros when it has no entries yet) with the
 * closed month's snapshot: one ledger query (dealerStatementFigures), plus the
 * store's default currency only for a dealer without entries.
 */
export async function statementParts(
  container: MedusaContainer,
  dealerId: string,
  range: StatementRange,
  askedCurrency?: string
): Promise<StatementParts> {
  const figures = await container
    .resolve<CommissionModuleService>(COMMISSION_MODULE)
    .dealerStatementFigures(dealerId, range, askedCurrency)
  return partsOfFigures(container, dealerId, range, askedCurrency, figures)
}

/** statementParts from figures already read (dealerStatementFigures, or dealerStatement's). */
async function partsOfFigures(
  container: MedusaContainer,
  dealerId: string,
  range: StatementRange,
  askedCurrency: string | undefined,
  figures: { currencies: string[]; totals: PeriodTotals[]; snapshots: StatementSnapshot[] }
): Promise<StatementParts> {
  const currency = askedCurrency || (await chooseStatementCurrency(container, figures.currencies))
  const code = currency.toLowerCase()
  const totals = figures.totals.find((t) => t.currency_code === code) ?? {
    dealer_id: dealerId,
    currency_code: currency,
    opening_balance: "0",
    closing_balance: "0",
    entry_count: 0,
    ...ZERO_TOTALS,
  }
  return { currency, totals, snapshot: range.period ? figures.snapshots.find((s) => s.currency_code === code) : undefined }
}

/** The statement's entries of the range, oldest first, as the API returns them (null currency: in the dealer's first currency). */
export async function statementEntries(container: MedusaContainer, dealerId: string, range: StatementRange, currencyCode: string | null) {
  const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const entries: ReturnType<typeof ledgerEntryView>[] = []
  for await (const row of commission.streamEntries({ dealer_id: dealerId, currency_code: currencyCode, from: range.from, to: range.to })) {
    entries.push(ledgerEntryView(row))
  }
  return entries
}

/**
 * One dealer's JSON statement for a range: opening balance, every entry,
 * totals by kind and status, closing balance — the same sums the ledger
 * gives — in ONE SQL statement (CommissionModuleService.dealerStatement):
 * the figures and the entries in the API's shape (of the asked
 * currency, else of the dealer's first currency — the statement's own, since
 * without an asked currency a statement exists only for a dealer with at most
 * one currency: none, no entries; several, partsOfFigures refuses). With
 * `withDealer`, the dealer's id, code and name are read at the same time
 * through the distribution module (`dealer: null` when there is no such
 * dealer: the admin route answers 404). The JSON is the one
 * readStatementInParts builds from the export's reads (tests compare them).
 */
export async function readStatement(
  container: MedusaContainer,
  dealerId: string,
  range: StatementRange,
  askedCurrency: string | undefined,
  options: { withDealer: boolean } = { withDealer: false }
) {
  // The dealer belongs to the distribution module: read beside the statement, not joined into it.
  const [dealer, { figures, entries }] = await Promise.all([
    options.withDealer ? dealerRef(container, dealerId) : undefined,
    container.resolve<CommissionModuleService>(COMMISSION_MODULE).dealerStatement(dealerId, range, askedCurrency),
  ])
  const parts = await partsOfFigures(container, dealerId, range, askedCurrency, figures)
  return {
    ...statementView(range, parts.totals, parts.snapshot, options.withDealer ? dealer : undefined),
    entries: entries.map((row) => ledgerEntryView(row)),
  }
}

/**
 * The same statement as readStatement, from the reads the CSV export makes
 * (the figures, the entries row by row, the dealer's code and name) at once:
 * how statements were read before they were one SQL statement; tests and
 * `bench:ledger` compare the two.
 */
export async function readStatementInParts(
  container: MedusaContainer,
  dealerId: string,
  range: StatementRange,
  askedCurrency: string | undefined,
  options: { withDealer: boolean } = { withDealer: false }
) {
  const [dealer, parts, entries] = await Promise.all([
    options.withDealer ? dealerRef(container, dealerId) : undefined,
    statementParts(container, dealerId, range, askedCurrency),
    statementEntries(container, dealerId, range, askedCurrency || null),
  ])
  return { ...statementView(range, parts.totals, parts.snapshot, dealer), entries }
}

/** One dealer's statement figures for a range (zeros when it has no entries yet). */
async function statementSummary(
  container: MedusaContainer,
  dealerId: string,
  range: StatementRange,
  currencyCode: string,
  options: StatementDealer & { parts?: StatementParts }
) {
  const [parts, dealers] = await Promise.all([
    options.parts ?? statementParts(container, dealerId, range, currencyCode),
    options.dealer ? new Map([[options.dealer.id, options.dealer]]) : options.withDealer ? dealerRefs(container, [dealerId]) : null,
  ])
  return statementView(range, parts.totals, parts.snapshot, dealers ? dealers.get(dealerId) ?? null : undefined)
}

/**
 * One dealer's statement for a range: opening balance, every entry, totals
 * by kind and status, closing balance — the same sums the ledger gives.
 */
export async function buildStatement(
  container: MedusaContainer,
  dealerId: string,
  range: StatementRange,
  currencyCode: string,
  options: StatementDealer
) {
  const [summary, entries] = await Promise.all([
    statementSummary(container, dealerId, range, currencyCode, options),
    statementEntries(container, dealerId, range, currencyCode),
  ])
  return { ...summary, entries }
}

/** Streams a statement as CSV or XLSX: entries are read in pages and written as they come. */
export async function sendStatementFile(
  container: MedusaContainer,
  res: MedusaResponse,
  dealerId: string,
  range: StatementRange,
  currencyCode: string,
  format: "csv" | "xlsx",
  /** `parts`: the figures when the caller has read them already (statementParts, same currency). */
  options: StatementDealer & { parts?: StatementParts } = { withDealer: true }
) {
  const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const summary = await statementSummary(container, dealerId, range, currencyCode, options)
  const label = range.period ?? `${range.from.toISOString().slice(0, 10)}_${range.to.toISOString().slice(0, 10)}`
  const dealer = "dealer" in summary ? summary.dealer : null
  const code = dealer?.code ?? dealerId
  res.setHeader(
    "Content-Type",
    format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  )
  res.setHeader("Content-Disposition", `attachment; filename="statement-${code}-${label}.${format}"`)
  const rows = (async function* (): AsyncGenerator<StatementExportRow> {
    for await (const e of commission.streamEntries({ dealer_id: dealerId, currency_code: currencyCode, from: range.from, to: range.to })) {
      yield {
        entry_id: e.id,
        created_at: new Date(e.created_at),
        kind: e.kind,
        status: e.status,
        order_display_id: e.order_display_id === null ? null : Number(e.order_display_id),
        order_id: e.order_id,
        product_title: e.product_title,
        level: e.level === null ? null : Number(e.level),
        base: e.base,
        rate: e.rate,
        amount: e.amount,
        reason: e.reason,
      }
    }
  })()
  const header = {
    dealer_code: code,
    dealer_name: dealer?.display_name ?? "",
    currency_code: currencyCode,
    period_label: label,
    from: range.from,
    to: range.to,
    opening_balance: summary.opening_balance,
    closing_balance: summary.closing_balance,
    totals_by_kind: summary.totals_by_kind,
    totals_by_status: summary.totals_by_status,
  }
  if (format === "csv") {
    await writeStatementCsv(header, rows, res)
  } else {
    await writeStatementXlsx(header, rows, res)
  }
  res.end()
}
