import { useDebouncedSearch } from "@medusajs/dashboard/hooks"
import { Badge, Container, Heading, Input, Select, Switch, Table, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { useInventoryAnalysisStock } from "../../../../../hooks/api/inventory-analysis"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../lib/format-money"
import { AnalysisLocationSummary } from "../../../../../types/inventory-analysis"
import { nameWithDealerCode } from "../../components/location-options"
import { AnalysisItemCell, AnalysisTable } from "./analysis-table"
import { ExportCsvButton } from "./export-csv-button"
import { formatNumber } from "./format"

const PAGE_SIZE = 20
const ALL = "all"
const ORDERS = ["location", "-value", "-on_hand", "-sold_period", "days_of_cover", "-days_of_cover", "-turnover", "last_sold_at"] as const

type StockTableProps = {
  periodDays: number
  locations: AnalysisLocationSummary[]
}

/** Stock per location × item, filtered by location, SKU/title and slow movers; paginated. */
export const StockTable = ({ periodDays, locations }: StockTableProps) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.inventoryAnalysis.${key}`, options)
  const { searchValue, onSearchValueChange, query: q } = useDebouncedSearch()
  const [locationId, setLocationId] = useState<string>(ALL)
  const [slowOnly, setSlowOnly] = useState(false)
  const [order, setOrder] = useState<string>("location")
  const [offset, setOffset] = useState(0)

  // A new filter starts at the first page.
  useEffect(() => setOffset(0), [q, locationId, slowOnly, order, periodDays])

  const filters = useMemo(
    () => ({
      period_days: periodDays,
      ...(locationId !== ALL ? { location_id: locationId } : {}),
      ...(q ? { q } : {}),
      ...(slowOnly ? { slow_only: true } : {}),
      order,
    }),
    [periodDays, locationId, q, slowOnly, order]
  )
  const { rows, count, ...request } = useInventoryAnalysisStock(
    { ...filters, limit: PAGE_SIZE, offset },
    { placeholderData: keepPreviousData }
  )

  return (
    <Container className="divide-y p-0" data-testid="inventory-analysis-stock">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{k("stock.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {k("stock.subtitle", { days: periodDays })}
          </Text>
        </div>
        <ExportCsvButton report="stock" query={filters} />
      </div>
      <div className="flex flex-wrap items-center gap-3 px-6 py-3">
        <Input
          size="small"
          type="search"
          className="w-56"
          placeholder={k("stock.search")}
          value={searchValue}
          onChange={(e) => onSearchValueChange(e.target.value)}
          data-testid="inventory-analysis-stock-search"
        />
        <div className="w-56">
          <Select size="small" value={locationId} onValueChange={setLocationId}>
            <Select.Trigger data-testid="inventory-analysis-stock-location">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>{k("stock.allLocations")}</Select.Item>
              {locations.map((l) => (
                <Select.Item key={l.location.id} value={l.location.id}>
                  {nameWithDealerCode(l.location.name, l.dealer)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="w-56">
          <Select size="small" value={order} onValueChange={setOrder}>
            <Select.Trigger data-testid="inventory-analysis-stock-order">
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
        <label className="flex items-center gap-x-2">
          <Switch checked={slowOnly} onCheckedChange={setSlowOnly} data-testid="inventory-analysis-stock-slow" />
          <Text size="small">{k("stock.slowOnly")}</Text>
        </label>
      </div>
      <AnalysisTable
        testId="inventory-analysis-stock"
        request={request}
        rows={rows}
        filtered={!!q || slowOnly || locationId !== ALL}
        count={count ?? 0}
        pageSize={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
      >
        {(page) => (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{k("fields.location")}</Table.HeaderCell>
                <Table.HeaderCell>{k("fields.item")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.onHand")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.reserved")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.available")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.unitCost")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.value")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.sold30d")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.soldPeriod", { days: periodDays })}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.daysOfCover")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.turnover")}</Table.HeaderCell>
                <Table.HeaderCell>{k("fields.lastSold")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {page.map((r) => (
                <Table.Row
                  key={`${r.location.id}:${r.inventory_item_id}`}
                  data-testid={`inventory-analysis-stock-row-${r.location.id}-${r.inventory_item_id}`}
                >
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span className="whitespace-nowrap">{r.location.name}</span>
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {r.dealer ? `${r.dealer.name} · ${r.dealer.code}` : t("distribution.common.producer")}
                      </Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <AnalysisItemCell sku={r.sku} title={r.title} />
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.on_hand, locale)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.reserved, locale)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.available, locale)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                    {r.unit_cost && r.currency_code ? formatMoney(r.unit_cost, r.currency_code, locale) : "–"}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums whitespace-nowrap" data-amount={r.value ?? undefined}>
                    {r.value && r.currency_code ? formatMoney(r.value, r.currency_code, locale) : "–"}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.sold_30d, locale)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.sold_period, locale)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.days_of_cover, locale, 1)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.turnover, locale, 2)}</Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center gap-x-2 whitespace-nowrap">
                      <span>{r.last_sold_at ? new Date(r.last_sold_at).toLocaleDateString(locale) : k("neverSold")}</span>
                      {r.slow_mover && (
                        <Badge size="2xsmall" color="orange" data-testid="inventory-analysis-slow-badge">
                          {k("slowMover")}
                        </Badge>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </AnalysisTable>
    </Container>
  )
}
