import { Combobox } from "@medusajs/dashboard/components"
import { useComboboxData } from "@medusajs/dashboard/hooks"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { SectionErrorRow } from "../../../../../components/section-error-row"
import {
  useDealerLocations,
  useLinkDealerLocation,
  useUnlinkDealerLocation,
} from "../../../../../hooks/api/dealer-warehouses"
import { sdk } from "../../../../../lib/sdk"
import { AdminDealerDetail } from "../../../../../types/dealer"
import {
  AdminDealerLocation,
  AdminWarehouseLocationListResponse,
} from "../../../../../types/warehouse-location"

const addressLine = (location: AdminDealerLocation) =>
  [location.address?.address_1, location.address?.city, location.address?.province, location.address?.country_code?.toUpperCase()]
    .filter(Boolean)
    .join(", ")

/** Picks one of the producer's stock locations (owned by no dealer) and links it to the dealer. */
const LinkLocationRow = ({ dealerId, onDone }: { dealerId: string; onDone: () => void }) => {
  const { t } = useTranslation()
  const [value, setValue] = useState<string | undefined>()
  const { mutate, isPending } = useLinkDealerLocation(dealerId)
  const locations = useComboboxData({
    queryKey: ["distribution_warehouse_locations", "combobox", "producer"],
    queryFn: (params: { q?: string; limit?: number; offset?: number }) =>
      sdk.client.fetch<AdminWarehouseLocationListResponse>("/admin/distribution/warehouse/locations", {
        query: { ...params, owner: "producer" },
      }),
    getOptions: (data) =>
      data.locations.map((location) => ({
        label: [location.name, location.address?.city].filter(Boolean).join(" · "),
        value: location.id,
      })),
  })

  const submit = () => {
    if (!value) {
      return
    }
    mutate(
      { location_id: value },
      {
        onSuccess: () => {
          toast.success(t("distribution.dealerWarehouses.linked"))
          setValue(undefined)
          onDone()
        },
        onError: (error) => toast.error(error.message),
      }
    )
  }

  return (
    <div className="flex items-center gap-x-2 px-6 py-4" data-testid="dealer-warehouse-link-row">
      <div className="flex-1">
        <Combobox
          value={value}
          onChange={(next) => setValue(next || undefined)}
          options={locations.options}
          searchValue={locations.searchValue}
          onSearchValueChange={locations.onSearchValueChange}
          fetchNextPage={locations.fetchNextPage}
          isFetchingNextPage={locations.isFetchingNextPage}
          placeholder={t("distribution.dealerWarehouses.pickLocation")}
          noResultsPlaceholder={t("distribution.dealerWarehouses.noFreeLocations")}
          data-testid="dealer-warehouse-link-combobox"
        />
      </div>
      <Button size="small" variant="secondary" type="button" onClick={onDone}>
        {t("distribution.actions.cancel")}
      </Button>
      <Button
        size="small"
        type="button"
        disabled={!value}
        isLoading={isPending}
        onClick={submit}
        data-testid="dealer-warehouse-link-submit"
      >
        {t("distribution.dealerWarehouses.link")}
      </Button>
    </div>
  )
}

const LocationRow = ({ dealerId, location }: { dealerId: string; location: AdminDealerLocation }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { mutate, isPending } = useUnlinkDealerLocation(dealerId)

  const unlink = async () => {
    const confirmed = await prompt({
      title: t("distribution.dealerWarehouses.unlinkTitle"),
      description: t("distribution.dealerWarehouses.unlinkDescription", { name: location.name }),
      confirmText: t("distribution.dealerWarehouses.unlink"),
      cancelText: t("distribution.actions.cancel"),
    })
    if (!confirmed) {
      return
    }
    mutate(location.id, {
      onSuccess: () => toast.success(t("distribution.dealerWarehouses.unlinked", { name: location.name })),
      onError: (error) => toast.error(error.message),
    })
  }

  const { stock } = location
  return (
    <div className="flex items-start justify-between gap-x-4 px-6 py-4" data-testid="dealer-warehouse-row" data-location-id={location.id}>
      <div className="flex min-w-0 flex-col gap-y-1">
        <Text size="small" weight="plus">
          {location.name}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {addressLine(location) || t("distribution.dealerWarehouses.noAddress")}
        </Text>
        <Text size="small" className="text-ui-fg-subtle" data-testid="dealer-warehouse-stock">
          {t("distribution.dealerWarehouses.stockSummary", {
            items: stock.items,
            stocked: stock.stocked_quantity,
            reserved: stock.reserved_quantity,
            available: stock.available_quantity,
          })}
        </Text>
      </div>
      <Button size="small" variant="transparent" type="button" isLoading={isPending} onClick={unlink} data-testid="dealer-warehouse-unlink">
        {t("distribution.dealerWarehouses.unlink")}
      </Button>
    </div>
  )
}

/**
 * The dealer's own warehouses (Medusa stock locations linked to it): address
 * and stock of each; create one, link an existing one of the producer's, or
 * unlink one (the location and its stock stay in Medusa).
 */
export const DealerWarehousesSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  const [linking, setLinking] = useState(false)
  const { locations, isPending, isError, error, refetch } = useDealerLocations(dealer.id)

  return (
    <Container className="divide-y p-0" data-testid="dealer-warehouses-section">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{t("distribution.dealerWarehouses.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.dealerWarehouses.subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="secondary" type="button" onClick={() => setLinking(true)} data-testid="dealer-warehouse-link">
            {t("distribution.dealerWarehouses.linkExisting")}
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="location" data-testid="dealer-warehouse-create">
              <Plus />
              {t("distribution.dealerWarehouses.create")}
            </Link>
          </Button>
        </div>
      </div>
      {linking && <LinkLocationRow dealerId={dealer.id} onDone={() => setLinking(false)} />}
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : isError ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : !locations?.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="dealer-warehouses-empty">
          {t("distribution.dealerWarehouses.empty")}
        </Text>
      ) : (
        locations.map((location) => <LocationRow key={location.id} dealerId={dealer.id} location={location} />)
      )}
    </Container>
  )
}
