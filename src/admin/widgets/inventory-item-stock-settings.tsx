import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { PencilSquare } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Input, Skeleton, Table, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { CurrencySelect, useStoreCurrencyCodes } from "../components/inputs/currency-select"
import { SectionErrorRow } from "../components/section-error-row"
import { useIntlLocale } from "../hooks/common/use-intl-locale"
import { formatMoney } from "../lib/format-money"
import { sdk } from "../lib/sdk"
import { useItemCosts, useSaveItemCost, useStockThresholds } from "../hooks/api/stock-alerts"
import { queryKeysFactory } from "../lib/query-key-factory"
import {
  ThresholdEditDrawer,
  ThresholdTarget,
} from "../routes/distribution/warehouse/alerts/components/threshold-edit-drawer"

// `distribution_stock_*`: refreshed with every other stock figure when stock moves.
const itemLevelsQueryKeys = queryKeysFactory("distribution_stock_item_levels")

type LevelRow = { location_id: string; name: string; available: number }

/** The item's levels (one per location) with the locations' names. */
const useItemLevels = (inventoryItemId: string) =>
  useQuery({
    queryKey: itemLevelsQueryKeys.detail(inventoryItemId),
    queryFn: async (): Promise<LevelRow[]> => {
      const { inventory_levels } = await sdk.admin.inventoryItem.listLevels(inventoryItemId, { limit: 100 })
      const ids = inventory_levels.map((level) => level.location_id)
      const { stock_locations } = ids.length
        ? await sdk.admin.stockLocation.list({ id: ids, fields: "id,name", limit: ids.length })
        : { stock_locations: [] as HttpTypes.AdminStockLocation[] }
      const names = new Map(stock_locations.map((location) => [location.id, location.name]))
      return inventory_levels
        .map((level) => ({
          location_id: level.location_id,
          name: names.get(level.location_id) ?? level.location_id,
          available: Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
        }))
        .sort((a, b) => a.name.localeCompare(b.name))
    },
  })

/**
 * On an inventory item's page: per location, what is available and the
 * low-stock threshold (reorder point, reorder quantity) — editable — and the
 * item's unit cost per currency, used for stock values in counts and the
 * inventory analysis.
 */
const InventoryItemStockSettingsWidget = ({ data: item }: DetailWidgetProps<HttpTypes.AdminInventoryItem>) => {
  const { t } = useTranslation()
  const levels = useItemLevels(item.id)
  const thresholds = useStockThresholds({ inventory_item_id: item.id, limit: 100 })
  const [editing, setEditing] = useState<ThresholdTarget | null>(null)
  const thresholdOf = useMemo(
    () => new Map((thresholds.thresholds ?? []).map((threshold) => [threshold.location.id, threshold])),
    [thresholds.thresholds]
  )
  const label = item.sku || item.title || item.id

  return (
    <Container className="divide-y p-0" data-testid="inventory-item-stock-settings">
      <div className="flex flex-col px-6 py-4">
        <Heading level="h2">{t("distribution.inventoryItemStock.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.inventoryItemStock.subtitle")}
        </Text>
      </div>
      {levels.isPending || thresholds.isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : levels.isError || thresholds.isError ? (
        <SectionErrorRow
          error={levels.error ?? thresholds.error}
          onRetry={() => {
            levels.refetch()
            thresholds.refetch()
          }}
        />
      ) : !levels.data?.length ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.inventoryItemStock.noLevels")}
          </Text>
        </div>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("distribution.inventoryItemStock.location")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("distribution.inventoryItemStock.available")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("distribution.inventoryItemStock.reorderPoint")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("distribution.inventoryItemStock.reorderQuantity")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {levels.data.map((level) => {
              const threshold = thresholdOf.get(level.location_id)
              const low = !!threshold && level.available <= threshold.reorder_point
              return (
                <Table.Row key={level.location_id} data-testid={`inventory-item-stock-row-${level.location_id}`}>
                  <Table.Cell>{level.name}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    <span className="inline-flex items-center gap-x-2">
                      {low && (
                        <Badge size="2xsmall" color="red">
                          {t("distribution.inventoryItemStock.low")}
                        </Badge>
                      )}
                      {level.available}
                    </span>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums" data-testid="inventory-item-stock-reorder-point">
                    {threshold ? threshold.reorder_point : <span className="text-ui-fg-muted">{t("distribution.inventoryItemStock.notSet")}</span>}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {!threshold ? (
                      <span className="text-ui-fg-muted">–</span>
                    ) : threshold.reorder_quantity === null ? (
                      <span className="text-ui-fg-subtle">{t("distribution.inventoryItemStock.auto")}</span>
                    ) : (
                      threshold.reorder_quantity
                    )}
                  </Table.Cell>
                  <Table.Cell className="w-10 text-right">
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label={t("distribution.inventoryItemStock.edit", { location: level.name })}
                      data-testid={`inventory-item-stock-edit-${level.location_id}`}
                      onClick={() =>
                        setEditing({
                          inventory_item_id: item.id,
                          location_id: level.location_id,
                          label: `${label} · ${level.name}`,
                          available_quantity: level.available,
                          reorder_point: threshold?.reorder_point ?? null,
                          reorder_quantity: threshold?.reorder_quantity ?? null,
                        })
                      }
                    >
                      <PencilSquare />
                    </IconButton>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      <UnitCostSection inventoryItemId={item.id} />
      <ThresholdEditDrawer target={editing} onClose={() => setEditing(null)} />
    </Container>
  )
}

const COST = /^\d{1,13}(\.\d{1,6})?$/

/** The item's unit cost per currency, with a one-line form to set one. */
const UnitCostSection = ({ inventoryItemId }: { inventoryItemId: string }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const { item_costs, isPending, isError, error, refetch } = useItemCosts(inventoryItemId)
  const { codes, defaultCode } = useStoreCurrencyCodes()
  const [currency, setCurrency] = useState<string | undefined>(undefined)
  const [amount, setAmount] = useState("")
  const [invalid, setInvalid] = useState(false)
  const { mutate, isPending: isSaving } = useSaveItemCost()
  const selected = currency ?? defaultCode

  // Show the saved cost of the chosen currency, ready to change.
  useEffect(() => {
    const current = item_costs?.find((cost) => cost.currency_code === selected)
    setAmount(current ? current.unit_cost : "")
    setInvalid(false)
  }, [item_costs, selected])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!selected || !COST.test(amount.trim())) {
      setInvalid(true)
      return
    }
    mutate(
      { inventory_item_id: inventoryItemId, currency_code: selected, unit_cost: amount.trim() },
      {
        onSuccess: () => toast.success(t("distribution.inventoryItemStock.unitCost.saved")),
        onError: (e) => toast.error(e.message),
      }
    )
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="inventory-item-unit-cost">
      <div className="flex flex-col">
        <Text size="small" weight="plus">
          {t("distribution.inventoryItemStock.unitCost.title")}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("distribution.inventoryItemStock.unitCost.subtitle")}
        </Text>
      </div>
      {isPending ? (
        <Skeleton className="h-5 w-1/2" />
      ) : isError ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : item_costs?.length ? (
        <div className="flex flex-wrap gap-2">
          {item_costs.map((cost) => (
            <Badge key={cost.id} size="small" data-testid={`inventory-item-unit-cost-${cost.currency_code}`}>
              {formatMoney(cost.unit_cost, cost.currency_code, locale)}
            </Badge>
          ))}
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          {t("distribution.inventoryItemStock.unitCost.none")}
        </Text>
      )}
      <form onSubmit={submit} className="flex flex-wrap items-start gap-2">
        <div className="w-28">
          <CurrencySelect value={selected} onChange={setCurrency} currencies={codes} testId="inventory-item-unit-cost-currency" />
        </div>
        <div className="flex w-40 flex-col gap-y-1">
          <Input
            size="small"
            inputMode="decimal"
            placeholder="0.00"
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value)
              setInvalid(false)
            }}
            aria-invalid={invalid}
            aria-label={t("distribution.inventoryItemStock.unitCost.amount")}
            data-testid="inventory-item-unit-cost-amount"
          />
          {invalid && (
            <Text size="xsmall" className="text-ui-fg-error">
              {t("distribution.inventoryItemStock.unitCost.invalid")}
            </Text>
          )}
        </div>
        <Button size="small" variant="secondary" type="submit" isLoading={isSaving} data-testid="inventory-item-unit-cost-save">
          {t("distribution.inventoryItemStock.unitCost.save")}
        </Button>
      </form>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "inventory_item.details.after",
})

export default InventoryItemStockSettingsWidget
