import { useDebouncedSearch } from "@medusajs/dashboard/hooks"
import { MagnifyingGlass, Plus } from "@medusajs/icons"
import { Button, Input, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"

import { useWarehouseInventory } from "../../../../../hooks/api/warehouse-lookups"
import { WarehouseInventoryItem } from "../../../../../types/stock-transfer"

const RESULTS = 8

type InventoryItemPickerProps = {
  locationId?: string
  /** Items already on the transfer: shown, but not offered again. */
  addedIds: string[]
  onAdd: (item: WarehouseInventoryItem) => void
}

/**
 * Finds items stocked at the source location by SKU or title and shows what
 * is available there (stocked − reserved), the most a transfer can take.
 */
export const InventoryItemPicker = ({ locationId, addedIds, onAdd }: InventoryItemPickerProps) => {
  const { t } = useTranslation()
  const { searchValue, onSearchValueChange, query } = useDebouncedSearch()
  const { items, count, isPending, isError, error } = useWarehouseInventory(
    { location_id: locationId ?? "", q: query || undefined, limit: RESULTS },
    { placeholderData: keepPreviousData }
  )

  if (!locationId) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid="stock-transfer-items-pick-source">
        {t("distribution.warehouse.transfers.create.pickSourceFirst")}
      </Text>
    )
  }

  return (
    <div className="flex flex-col gap-y-2" data-testid="stock-transfer-item-picker">
      <div className="relative">
        <Input
          type="search"
          value={searchValue}
          onChange={(event) => onSearchValueChange(event.target.value)}
          placeholder={t("distribution.warehouse.transfers.create.searchPlaceholder")}
          data-testid="stock-transfer-item-search"
          autoComplete="off"
        />
        <MagnifyingGlass className="text-ui-fg-muted pointer-events-none absolute right-2 top-1/2 -translate-y-1/2" />
      </div>
      <div className="shadow-elevation-card-rest flex flex-col divide-y rounded-md">
        {isError ? (
          <Text size="small" className="text-ui-fg-error px-3 py-2">
            {error?.message || t("distribution.common.loadFailed")}
          </Text>
        ) : isPending ? (
          <Text size="small" className="text-ui-fg-subtle px-3 py-2">
            {t("distribution.common.loading")}
          </Text>
        ) : !items?.length ? (
          <Text size="small" className="text-ui-fg-subtle px-3 py-2" data-testid="stock-transfer-item-search-empty">
            {t("distribution.common.emptySearchResults")}
          </Text>
        ) : (
          items.map((item) => {
            const added = addedIds.includes(item.inventory_item_id)
            const none = item.available_quantity <= 0
            return (
              <div
                key={item.inventory_item_id}
                className="flex items-center justify-between gap-x-3 px-3 py-2"
                data-testid={`stock-transfer-item-result-${item.sku ?? item.inventory_item_id}`}
                data-available={item.available_quantity}
              >
                <div className="flex min-w-0 flex-col">
                  <Text size="small" weight="plus" className="truncate">
                    {item.sku ?? t("distribution.common.empty")}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle truncate">
                    {item.title}
                  </Text>
                </div>
                <div className="flex shrink-0 items-center gap-x-3">
                  <Text size="xsmall" className={none ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
                    {t("distribution.warehouse.transfers.create.available", {
                      available: item.available_quantity,
                      stocked: item.stocked_quantity,
                      reserved: item.reserved_quantity,
                    })}
                  </Text>
                  <Button
                    size="small"
                    variant="secondary"
                    type="button"
                    disabled={added || none}
                    onClick={() => onAdd(item)}
                    data-testid="stock-transfer-item-add"
                  >
                    <Plus />
                    {added
                      ? t("distribution.warehouse.transfers.create.added")
                      : t("distribution.warehouse.transfers.create.add")}
                  </Button>
                </div>
              </div>
            )
          })
        )}
        {!!count && count > RESULTS && (
          <Text size="xsmall" className="text-ui-fg-muted px-3 py-2">
            {t("distribution.warehouse.transfers.create.moreResults", { count: count - RESULTS })}
          </Text>
        )}
      </div>
    </div>
  )
}
