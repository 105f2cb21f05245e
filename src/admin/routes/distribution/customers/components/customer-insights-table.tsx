import { useDebouncedSearch } from "@medusajs/dashboard/hooks"
import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { QueryErrorState } from "../../../../components/query-error-state"
import { TablePagination } from "../../../../components/table-pagination"
import { DealerCombobox } from "../../../../components/inputs/dealer-combobox"
import { useCustomerInsights, useCustomerTiers, useExportCustomerInsights } from "../../../../hooks/api/customer-insights"
import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { useTierName } from "../../../../hooks/common/use-tier-name"
import { formatMoney } from "../../../../lib/format-money"

const PAGE_SIZE = 20
const ALL = "all"
const NONE = "none"
const ORDERS = ["-spend", "spend", "-orders", "-last_order_at", "email", "-created_at"] as const
const DECIMAL = /^\d+(\.\d+)?$/

/**
 * Customers with their tier, bound dealer, orders and net spend; filters by
 * tier, bound dealer, spend range and search; CSV export of every match.
 */
export const CustomerInsightsTable = () => {
  const { t } = useTranslation()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.customerInsights.${key}`, options)
  const locale = useIntlLocale()
  const tierName = useTierName()
  const { searchValue, onSearchValueChange, query: q } = useDebouncedSearch()
  const [tierId, setTierId] = useState<string>(ALL)
  const [dealerId, setDealerId] = useState<string | undefined>()
  const [spendMin, setSpendMin] = useState("")
  const [spendMax, setSpendMax] = useState("")
  const [order, setOrder] = useState<string>("-spend")
  const [pageIndex, setPageIndex] = useState(0)
  const { tiers } = useCustomerTiers()

  const minValid = !spendMin || DECIMAL.test(spendMin)
  const maxValid = !spendMax || DECIMAL.test(spendMax)
  const rangeValid = !(minValid && maxValid && spendMin && spendMax && Number(spendMin) > Number(spendMax))

  const filters = useMemo(
    () => ({
      ...(q ? { q } : {}),
      ...(tierId !== ALL ? { tier_id: tierId } : {}),
      ...(dealerId ? { dealer_id: dealerId } : {}),
      ...(spendMin && minValid && rangeValid ? { spend_min: spendMin } : {}),
      ...(spendMax && maxValid && rangeValid ? { spend_max: spendMax } : {}),
      order,
    }),
    [q, tierId, dealerId, spendMin, spendMax, minValid, maxValid, rangeValid, order]
  )
  useEffect(() => setPageIndex(0), [filters])
  const { customers, count, currency_code, isPending, isError, error, refetch } = useCustomerInsights(
    { ...filters, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE },
    { placeholderData: keepPreviousData }
  )
  const exporter = useExportCustomerInsights({
    onError: (e) => toast.error(e.message || k("exportFailed")),
  })
  const total = count ?? 0
  const filtered = Object.keys(filters).length > 1

  return (
    <Container className="divide-y p-0" data-testid="customer-insights-list">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h1">{k("title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {k("subtitle", { currency: (currency_code ?? "").toUpperCase() })}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          isLoading={exporter.isPending}
          disabled={exporter.isPending}
          onClick={() => exporter.mutate(filters)}
          data-testid="customer-insights-export"
        >
          <ArrowDownTray />
          {k("exportCsv")}
        </Button>
      </div>
      <div className="flex flex-wrap items-end gap-3 px-6 py-3">
        <Input
          size="small"
          type="search"
          className="w-56"
          placeholder={k("search")}
          value={searchValue}
          onChange={(e) => onSearchValueChange(e.target.value)}
          data-testid="customer-insights-search"
        />
        <div className="w-48">
          <Select size="small" value={tierId} onValueChange={setTierId}>
            <Select.Trigger data-testid="customer-insights-tier">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>{k("allTiers")}</Select.Item>
              <Select.Item value={NONE}>{t("distribution.customerTiers.noTier")}</Select.Item>
              {(tiers ?? []).map((tier) => (
                <Select.Item key={tier.id} value={tier.id}>
                  {`${tierName(tier)} (${tier.code})`}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="w-56">
          <DealerCombobox value={dealerId} onChange={setDealerId} testId="customer-insights-dealer" />
        </div>
        <div className="flex items-center gap-x-1">
          <Input
            size="small"
            className="w-28"
            inputMode="decimal"
            placeholder={k("spendMin")}
            value={spendMin}
            aria-invalid={!minValid || !rangeValid}
            onChange={(e) => setSpendMin(e.target.value.trim())}
            data-testid="customer-insights-spend-min"
          />
          <span aria-hidden>–</span>
          <Input
            size="small"
            className="w-28"
            inputMode="decimal"
            placeholder={k("spendMax")}
            value={spendMax}
            aria-invalid={!maxValid || !rangeValid}
            onChange={(e) => setSpendMax(e.target.value.trim())}
            data-testid="customer-insights-spend-max"
          />
        </div>
        <div className="w-52">
          <Select size="small" value={order} onValueChange={setOrder}>
            <Select.Trigger data-testid="customer-insights-order">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {ORDERS.map((o) => (
                <Select.Item key={o} value={o}>
                  {k(`orders.${o.replace("-", "desc_")}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {(!minValid || !maxValid || !rangeValid) && (
          <Text size="xsmall" className="text-ui-fg-error">
            {!rangeValid ? k("rangeInvalid") : k("amountInvalid")}
          </Text>
        )}
      </div>
      {isError ? (
        <div className="p-4">
          <QueryErrorState error={error} onRetry={refetch} />
        </div>
      ) : isPending ? (
        <div className="px-6 py-8" aria-busy="true">
          <Text size="small" className="text-ui-fg-muted">
            {t("distribution.common.loading")}
          </Text>
        </div>
      ) : !customers?.length ? (
        <div className="flex flex-col items-center gap-y-1 px-6 py-10" data-testid="customer-insights-empty">
          <Text size="small" weight="plus">
            {filtered ? k("filteredHeading") : k("emptyHeading")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {filtered ? k("filteredDescription") : k("emptyDescription")}
          </Text>
        </div>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{k("fields.customer")}</Table.HeaderCell>
                  <Table.HeaderCell>{k("fields.tier")}</Table.HeaderCell>
                  <Table.HeaderCell>{k("fields.dealer")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{k("fields.orders")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{k("fields.totalSpend")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{k("fields.averageSpend")}</Table.HeaderCell>
                  <Table.HeaderCell>{k("fields.lastOrder")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {customers.map((c) => (
                  <Table.Row key={c.id} data-testid={`customer-insights-row-${c.id}`}>
                    <Table.Cell>
                      <div className="flex flex-col">
                        <Link to={`/customers/${c.id}`} className="text-ui-fg-interactive hover:underline whitespace-nowrap">
                          {c.email ?? c.id}
                        </Link>
                        <Text size="xsmall" className="text-ui-fg-muted">
                          {[c.first_name, c.last_name].filter(Boolean).join(" ")}
                        </Text>
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      {c.tier ? (
                        <Badge size="2xsmall" color="green">
                          {`${tierName(c.tier)} (${c.tier.code})`}
                        </Badge>
                      ) : (
                        <Text size="small" className="text-ui-fg-muted">
                          –
                        </Text>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      {c.dealer ? (
                        <Link to={`/distribution/dealers/${c.dealer.id}`} className="text-ui-fg-interactive hover:underline whitespace-nowrap">
                          {`${c.dealer.code} · ${c.dealer.display_name}`}
                        </Link>
                      ) : (
                        "–"
                      )}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{c.order_count}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums whitespace-nowrap" data-amount={c.total_spend}>
                      {formatMoney(c.total_spend, c.currency_code, locale)}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                      {c.average_spend ? formatMoney(c.average_spend, c.currency_code, locale) : "–"}
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">
                      {c.last_order_at ? new Date(c.last_order_at).toLocaleDateString(locale) : "–"}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <TablePagination
            count={total}
            pageSize={PAGE_SIZE}
            offset={pageIndex * PAGE_SIZE}
            onOffsetChange={(offset) => setPageIndex(Math.floor(offset / PAGE_SIZE))}
          />
        </>
      )}
    </Container>
  )
}
