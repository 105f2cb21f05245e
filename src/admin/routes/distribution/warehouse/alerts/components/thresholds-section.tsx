import { ActionMenu, DataTable } from "@medusajs/dashboard/components"
import { useQueryParams } from "@medusajs/dashboard/hooks"
import { ArrowUpTray, PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useCallback, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { useDeleteStockThreshold, useStockThresholds } from "../../../../../hooks/api/stock-alerts"
import { useListEmptyState } from "../../../../../hooks/common/use-list-empty-state"
import { filterText, parseFilterParam } from "../../../../../lib/parse-filter-param"
import { StockThreshold, StockThresholdListParams } from "../../../../../types/stock-alert"
import { ItemCell } from "./item-cell"
import { ThresholdEditDrawer, ThresholdTarget } from "./threshold-edit-drawer"
import { ThresholdImportDrawer } from "./threshold-import-drawer"
import { useLocationFilter } from "./use-location-filter"

const PAGE_SIZE = 20
const PREFIX = "threshold"
const columnHelper = createDataTableColumnHelper<StockThreshold>()

const labelOf = (threshold: StockThreshold) =>
  `${threshold.sku || threshold.title || threshold.inventory_item_id} · ${threshold.location.name ?? threshold.location.id}`

const useThresholdsQuery = (): StockThresholdListParams => {
  const { offset, q, location_id } = useQueryParams(["offset", "q", "location_id"], PREFIX)
  return {
    limit: PAGE_SIZE,
    offset: offset ? Number(offset) || 0 : 0,
    q: filterText(q),
    location_id: filterText(parseFilterParam(location_id)),
  }
}

const ThresholdRowActions = ({ threshold, onEdit }: { threshold: StockThreshold; onEdit: () => void }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { mutate } = useDeleteStockThreshold()

  const handleDelete = async () => {
    const confirmed = await prompt({
      title: t("distribution.stockAlerts.thresholds.deleteTitle"),
      description: t("distribution.stockAlerts.thresholds.deleteDescription", { label: labelOf(threshold) }),
      confirmText: t("distribution.actions.delete"),
      cancelText: t("distribution.actions.cancel"),
    })
    if (!confirmed) return
    mutate(threshold.id, {
      onSuccess: () => toast.success(t("distribution.stockAlerts.thresholds.deleted", { label: labelOf(threshold) })),
      onError: (error) => toast.error(error.message),
    })
  }

  return (
    <ActionMenu
      groups={[
        { actions: [{ label: t("distribution.actions.edit"), icon: <PencilSquare />, onClick: onEdit }] },
        { actions: [{ label: t("distribution.actions.delete"), icon: <Trash />, onClick: handleDelete }] },
      ]}
    />
  )
}

const useColumns = (onEdit: (threshold: StockThreshold) => void) => {
  const { t } = useTranslation()
  return useMemo(
    () => [
      columnHelper.display({
        id: "item",
        header: t("distribution.stockAlerts.fields.item"),
        cell: ({ row }) => (
          <div data-testid={`stock-threshold-row-${row.original.id}`}>
            <ItemCell id={row.original.inventory_item_id} sku={row.original.sku} title={row.original.title} />
          </div>
        ),
      }),
      columnHelper.display({
        id: "location",
        header: t("distribution.stockAlerts.fields.location"),
        cell: ({ row }) => <span className="whitespace-nowrap">{row.original.location.name ?? row.original.location.id}</span>,
      }),
      columnHelper.accessor("available_quantity", {
        header: t("distribution.stockAlerts.fields.available"),
        cell: ({ row }) => {
          const { available_quantity: available, reorder_point: point } = row.original
          if (available === null) return <Text size="small" className="text-ui-fg-muted">–</Text>
          return (
            <Text size="small" className={available <= point ? "text-ui-fg-error tabular-nums" : "tabular-nums"}>
              {available}
            </Text>
          )
        },
      }),
      columnHelper.accessor("reorder_point", {
        header: t("distribution.stockAlerts.fields.reorderPoint"),
        cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span>,
      }),
      columnHelper.accessor("reorder_quantity", {
        header: t("distribution.stockAlerts.fields.reorderQuantity"),
        cell: ({ getValue }) =>
          getValue() === null ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t("distribution.stockAlerts.thresholds.auto")}
            </Text>
          ) : (
            <span className="tabular-nums">{getValue()}</span>
          ),
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => <ThresholdRowActions threshold={row.original} onEdit={() => onEdit(row.original)} />,
      }),
    ],
    [t, onEdit]
  )
}

/** Every threshold, searchable by SKU or title, filterable by location; edit, delete and CSV import. */
export const ThresholdsSection = () => {
  const { t } = useTranslation()
  const emptyState = useListEmptyState("distribution.stockAlerts.thresholds")
  const query = useThresholdsQuery()
  const { thresholds, count, isPending, isError, error, refetch } = useStockThresholds(query, {
    placeholderData: keepPreviousData,
  })
  const [editing, setEditing] = useState<ThresholdTarget | null>(null)
  const [importing, setImporting] = useState(false)
  const edit = useCallback(
    (threshold: StockThreshold) =>
      setEditing({
        inventory_item_id: threshold.inventory_item_id,
        location_id: threshold.location.id,
        label: labelOf(threshold),
        available_quantity: threshold.available_quantity,
        reorder_point: threshold.reorder_point,
        reorder_quantity: threshold.reorder_quantity,
      }),
    []
  )
  const columns = useColumns(edit)
  const locationFilter = useLocationFilter()
  const filters = useMemo(() => [locationFilter], [locationFilter])

  return (
    <Container className="divide-y p-0" data-testid="stock-thresholds-table">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{t("distribution.stockAlerts.thresholds.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.stockAlerts.thresholds.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setImporting(true)} data-testid="stock-threshold-import">
          <ArrowUpTray />
          {t("distribution.stockAlerts.import.action")}
        </Button>
      </div>
      {isError ? (
        <QueryErrorState error={error} onRetry={refetch} />
      ) : (
        <DataTable<StockThreshold>
          data={thresholds ?? []}
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
      )}
      <ThresholdEditDrawer target={editing} onClose={() => setEditing(null)} />
      <ThresholdImportDrawer open={importing} onClose={() => setImporting(false)} />
    </Container>
  )
}
