import { DataTable } from "@medusajs/dashboard/components"
import { useDate, useQueryParams } from "@medusajs/dashboard/hooks"
import { Container, createDataTableColumnHelper, DataTableFilter, Heading, Text, Tooltip } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { useStockAlerts } from "../../../../../hooks/api/stock-alerts"
import { useListEmptyState } from "../../../../../hooks/common/use-list-empty-state"
import { filterOneOf, filterText, parseFilterParam } from "../../../../../lib/parse-filter-param"
import { STOCK_ALERT_STATUSES, StockAlert, StockAlertListParams } from "../../../../../types/stock-alert"
import { ItemCell } from "./item-cell"
import { StockAlertStatusBadge } from "./stock-alert-status-badge"
import { useLocationFilter } from "./use-location-filter"

const PAGE_SIZE = 20
/** URL prefix of this table's search, filters and page (the thresholds table has its own). */
const PREFIX = "alert"
const columnHelper = createDataTableColumnHelper<StockAlert>()

const useAlertsQuery = (): StockAlertListParams => {
  const { offset, q, status, location_id } = useQueryParams(["offset", "q", "status", "location_id"], PREFIX)
  return {
    limit: PAGE_SIZE,
    offset: offset ? Number(offset) || 0 : 0,
    q: filterText(q),
    // Open alerts first: what needs reordering is what a merchant comes for.
    status: filterOneOf(STOCK_ALERT_STATUSES, parseFilterParam(status)),
    location_id: filterText(parseFilterParam(location_id)),
  }
}

const useColumns = () => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  return useMemo(
    () => [
      columnHelper.display({
        id: "item",
        header: t("distribution.stockAlerts.fields.item"),
        cell: ({ row }) => (
          <div data-testid={`stock-alert-row-${row.original.id}`} data-status={row.original.status}>
            <ItemCell id={row.original.inventory_item_id} sku={row.original.sku} title={row.original.title} />
          </div>
        ),
      }),
      columnHelper.display({
        id: "location",
        header: t("distribution.stockAlerts.fields.location"),
        cell: ({ row }) => <span className="whitespace-nowrap">{row.original.location.name ?? row.original.location.id}</span>,
      }),
      columnHelper.accessor("status", {
        header: t("distribution.stockAlerts.fields.status"),
        cell: ({ getValue }) => <StockAlertStatusBadge status={getValue()} />,
      }),
      columnHelper.display({
        id: "available",
        header: t("distribution.stockAlerts.fields.available"),
        cell: ({ row }) => {
          const alert = row.original
          const now = alert.status === "open" ? alert.current_available_quantity : alert.closed_available_quantity
          return (
            <Tooltip content={t("distribution.stockAlerts.alerts.availableHint", { opened: alert.available_quantity, now: now ?? "–" })}>
              <span className="tabular-nums whitespace-nowrap" data-testid="stock-alert-available">
                {alert.available_quantity} → {now ?? "–"}
              </span>
            </Tooltip>
          )
        },
      }),
      columnHelper.accessor("reorder_point", {
        header: t("distribution.stockAlerts.fields.reorderPoint"),
        cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span>,
      }),
      columnHelper.accessor("suggested_quantity", {
        header: t("distribution.stockAlerts.fields.suggested"),
        cell: ({ row }) =>
          row.original.status === "open" ? (
            <Text size="small" weight="plus" className="tabular-nums" data-testid="stock-alert-suggested">
              {row.original.suggested_quantity}
            </Text>
          ) : (
            <Text size="small" className="text-ui-fg-muted tabular-nums">
              {row.original.suggested_quantity}
            </Text>
          ),
      }),
      columnHelper.accessor("opened_at", {
        header: t("distribution.stockAlerts.fields.opened"),
        cell: ({ row }) => (
          <div className="flex flex-col whitespace-nowrap">
            <Text size="small">{getFullDate({ date: row.original.opened_at, includeTime: true })}</Text>
            {row.original.closed_at ? (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("distribution.stockAlerts.alerts.closedAt", { date: getFullDate({ date: row.original.closed_at, includeTime: true }) })}
              </Text>
            ) : row.original.notified_at ? (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("distribution.stockAlerts.alerts.notified")}
              </Text>
            ) : null}
          </div>
        ),
      }),
    ],
    [t, getFullDate]
  )
}

/** Low-stock alerts, filterable by status and location, searchable by SKU or title. */
export const AlertsSection = () => {
  const { t } = useTranslation()
  const emptyState = useListEmptyState("distribution.stockAlerts.alerts")
  const query = useAlertsQuery()
  const { alerts, count, isPending, isError, error, refetch } = useStockAlerts(query, { placeholderData: keepPreviousData })
  const columns = useColumns()
  const locationFilter = useLocationFilter()
  const filters = useMemo<DataTableFilter[]>(
    () => [
      {
        id: "status",
        label: t("distribution.stockAlerts.fields.status"),
        type: "radio",
        options: STOCK_ALERT_STATUSES.map((status) => ({ label: t(`distribution.stockAlerts.statuses.${status}`), value: status })),
      },
      locationFilter,
    ],
    [t, locationFilter]
  )

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <Container className="divide-y p-0" data-testid="stock-alerts-table">
      <div className="flex flex-col px-6 py-4">
        <Heading level="h2">{t("distribution.stockAlerts.alerts.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.stockAlerts.alerts.subtitle")}
        </Text>
      </div>
      <DataTable<StockAlert>
        data={alerts ?? []}
        columns={columns}
        filters={filters}
        getRowId={(row) => row.id}
        rowCount={count ?? 0}
        pageSize={PAGE_SIZE}
        prefix={PREFIX}
        isLoading={isPending}
        enableSearch
        emptyState={emptyState}
      />
    </Container>
  )
}
