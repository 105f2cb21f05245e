import { Combobox } from "@medusajs/dashboard/components"
import { useComboboxData } from "@medusajs/dashboard/hooks"
import { useTranslation } from "react-i18next"

import { sdk } from "../../lib/sdk"

type CollectionComboboxProps = {
  value?: string
  onChange: (value?: string) => void
  disabled?: boolean
  testId?: string
}

/** Searchable picker over Medusa product collections. */
export const CollectionCombobox = ({
  value,
  onChange,
  disabled,
  testId = "collection-combobox",
}: CollectionComboboxProps) => {
  const { t } = useTranslation()

  const collections = useComboboxData({
    queryKey: ["distribution_collections", "combobox"],
    queryFn: (params: { q?: string; limit?: number; offset?: number }) =>
      sdk.admin.productCollection.list({ ...params, fields: "id,title,handle" }),
    getOptions: (data) =>
      data.collections.map((collection) => ({
        label: collection.title,
        value: collection.id,
      })),
  })

  return (
    <Combobox
      value={value}
      onChange={(next) => onChange(next || undefined)}
      options={collections.options}
      searchValue={collections.searchValue}
      onSearchValueChange={collections.onSearchValueChange}
      fetchNextPage={collections.fetchNextPage}
      isFetchingNextPage={collections.isFetchingNextPage}
      placeholder={t("distribution.links.placeholders.selectCollection")}
      noResultsPlaceholder={t("distribution.common.emptySearchResults")}
      disabled={disabled || collections.disabled}
      data-testid={testId}
    />
  )
}
