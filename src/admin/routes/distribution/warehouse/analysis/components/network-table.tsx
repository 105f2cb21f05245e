import { useDebouncedSearch } from "@medusajs/dashboard/hooks"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { useInventoryAnalysisNetwork } from "../../../../../hooks/api/inventory-analysis"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { nameWithDealerCode } from "../../components/location-options"
import { AnalysisItemCell, AnalysisTable } from "./analysis-table"
import { ExportCsvButton } from "./export-csv-button"
import { formatNumber } from "./format"

const PAGE_SIZE = 20

/** Each inventory item's stock across the network: producer, dealers, and where exactly. */
export const NetworkTable = () => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.inventoryAnalysis.${key}`, options)
  const { searchValue, onSearchValueChange, query: q } = useDebouncedSearch()
  const [offset, setOffset] = useState(0)
  useEffect(() => setOffset(0), [q])

  const filters = useMemo(() => (q ? { q } : {}), [q])
  const { rows, count, ...request } = useInventoryAnalysisNetwork(
    { ...filters, limit: PAGE_SIZE, offset },
    { placeholderData: keepPreviousData }
  )

  return (
    <Container className="divide-y p-0" data-testid="inventory-analysis-network">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{k("network.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {k("network.subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Input
            size="small"
            type="search"
            className="w-56"
            placeholder={k("stock.search")}
            value={searchValue}
            onChange={(e) => onSearchValueChange(e.target.value)}
            data-testid="inventory-analysis-network-search"
          />
          <ExportCsvButton report="network" query={filters} />
        </div>
      </div>
      <AnalysisTable
        testId="inventory-analysis-network"
        request={request}
        rows={rows}
        filtered={!!q}
        count={count ?? 0}
        pageSize={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
      >
        {(page) => (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{k("fields.item")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.totalOnHand")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.producerOnHand")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.dealerOnHand")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{k("fields.available")}</Table.HeaderCell>
                <Table.HeaderCell>{k("fields.split")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {page.map((r) => (
                <Table.Row key={r.inventory_item_id} data-testid={`inventory-analysis-network-row-${r.inventory_item_id}`}>
                  <Table.Cell>
                    <AnalysisItemCell sku={r.sku} title={r.title} />
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.total_on_hand, locale)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.producer_on_hand, locale)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.dealer_on_hand, locale)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(r.total_available, locale)}</Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-wrap gap-1 py-1">
                      {r.locations.map((l) => (
                        <Badge key={l.id} size="2xsmall" color={l.dealer ? "blue" : "grey"}>
                          {nameWithDealerCode(l.name, l.dealer)}: {formatNumber(l.on_hand, locale)}
                        </Badge>
                      ))}
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
