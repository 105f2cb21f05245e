import { Combobox } from "@medusajs/dashboard/components"
import { useComboboxData } from "@medusajs/dashboard/hooks"
import { useTranslation } from "react-i18next"

import { dealersQueryKeys } from "../../hooks/api/query-keys"
import { sdk } from "../../lib/sdk"
import { AdminDealerListResponse } from "../../types/dealer"

type DealerComboboxProps = {
  value?: string
  onChange: (value?: string) => void
  /** Dealers that cannot be chosen, e.g. the dealer being moved. */
  excludeIds?: string[]
  disabled?: boolean
  testId?: string
}

/** Searchable picker over the plugin's dealers (`q` matches code and names). */
export const DealerCombobox = ({
  value,
  onChange,
  excludeIds = [],
  disabled,
  testId = "dealer-combobox",
}: DealerComboboxProps) => {
  const { t } = useTranslation()

  const dealers = useComboboxData({
    queryKey: [...dealersQueryKeys.all, "combobox"],
    queryFn: (params: { q?: string; limit?: number; offset?: number }) =>
      sdk.client.fetch<AdminDealerListResponse>(
        "/admin/distribution/dealers",
        { query: params }
      ),
    getOptions: (data) =>
      data.dealers
        .filter((dealer) => !excludeIds.includes(dealer.id))
        .map((dealer) => ({
          label: `${dealer.code} · ${dealer.display_name}`,
          value: dealer.id,
        })),
  })

  return (
    <Combobox
      value={value}
      onChange={(next) => onChange(next || undefined)}
      options={dealers.options}
      searchValue={dealers.searchValue}
      onSearchValueChange={dealers.onSearchValueChange}
      fetchNextPage={dealers.fetchNextPage}
      isFetchingNextPage={dealers.isFetchingNextPage}
      placeholder={t("distribution.dealers.placeholders.selectUpline")}
      noResultsPlaceholder={t("distribution.common.emptySearchResults")}
      disabled={disabled || dealers.disabled}
      allowClear
      data-testid={testId}
    />
  )
}
