import { useDebouncedSearch } from "@medusajs/dashboard/hooks"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { useInventoryAnalysisNetwork } from "../../../../../hooks/api/inventory-analysis"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { ExportCsvButton } from "./export-csv-button"
import { formatNumber } from "./format"

const PAGE_SIZE = 20

/** Each inventory item's stock across the network: producer, dealers, and where exactly. */
export const NetworkTable = () => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.inventoryAnalysis.${key}`, options)
  const { searchValue, onSearchValueChange, query: q } = useDebouncedSearch()
  const [pageIndex, setPageIndex] = useState(0)
  useEffect(() => setPageIndex(0), [q])

  const filters = useMemo(() => (q ? { q } : {}), [q])
  const { rows, count, isPending, isError, error, refetch } = useInventoryAnalysisNetwork(
    { ...filters, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE },
    { placeholderData: keepPreviousData }
  )
  const total = count ?? 0
  const pageCount = Math.max(Math.ceil(total / PAGE_SIZE), 1)

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
      {isError ? (
        <div className="p-4">
          <QueryErrorState error={error} onRetry={refetch} />
        </div>
      ) : isPending ? (
        <div className="px-6 py-8">
          <Text size="small" className="text-ui-fg-muted">
            {t("distribution.common.loading")}
          </Text>
        </div>
      ) : !rows?.length ? (
        <div className="flex flex-col items-center gap-y-1 px-6 py-10" data-testid="inventory-analysis-network-empty">
          <Text size="small" weight="plus">
            {q ? k("stock.filteredHeading") : k("stock.emptyHeading")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {q ? k("stock.filteredDescription") : k("stock.emptyDescription")}
          </Text>
        </div>
      ) : (
        <>
          <div className="overflow-x-auto">
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
                {rows.map((r) => (
                  <Table.Row key={r.inventory_item_id} data-testid={`inventory-analysis-network-row-${r.inventory_item_id}`}>
                    <Table.Cell>
                      <div className="flex flex-col">
                        <span className="whitespace-nowrap">{r.sku ?? "–"}</span>
                        <Text size="xsmall" className="text-ui-fg-muted max-w-[220px] truncate">
                          {r.title ?? ""}
                        </Text>
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatNumber(r.total_on_hand, locale)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatNumber(r.producer_on_hand, locale)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatNumber(r.dealer_on_hand, locale)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatNumber(r.total_available, locale)}</Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-wrap gap-1 py-1">
                        {r.locations.map((l) => (
                          <Badge key={l.id} size="2xsmall" color={l.dealer ? "blue" : "grey"}>
                            {l.dealer ? `${l.name} (${l.dealer.code})` : l.name}: {formatNumber(l.on_hand, locale)}
                          </Badge>
                        ))}
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Table.Pagination
            count={total}
            pageSize={PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={pageCount}
            canPreviousPage={pageIndex > 0}
            canNextPage={pageIndex + 1 < pageCount}
            previousPage={() => setPageIndex((p) => Math.max(p - 1, 0))}
            nextPage={() => setPageIndex((p) => p + 1)}
            translations={{
              of: t("general.of", "of"),
              results: t("general.results", "results"),
              pages: t("general.pages", "pages"),
              prev: t("general.prev", "Prev"),
              next: t("general.next", "Next"),
            }}
          />
        </>
      )}
    </Container>
  )
}
