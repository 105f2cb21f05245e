import { Combobox } from "@medusajs/dashboard/components"
import { useComboboxData } from "@medusajs/dashboard/hooks"
import { useTranslation } from "react-i18next"

import { sdk } from "../../lib/sdk"

type ProductComboboxProps = {
  value?: string
  onChange: (value?: string) => void
  disabled?: boolean
  testId?: string
}

/** Searchable picker over Medusa products (`GET /admin/products?q=`). */
export const ProductCombobox = ({
  value,
  onChange,
  disabled,
  testId = "product-combobox",
}: ProductComboboxProps) => {
  const { t } = useTranslation()

  const products = useComboboxData({
    queryKey: ["distribution_products", "combobox"],
    queryFn: (params: { q?: string; limit?: number; offset?: number }) =>
      sdk.admin.product.list({ ...params, fields: "id,title,handle" }),
    getOptions: (data) =>
      data.products.map((product) => ({
        label: product.title,
        value: product.id,
      })),
  })

  return (
    <Combobox
      value={value}
      onChange={(next) => onChange(next || undefined)}
      options={products.options}
      searchValue={products.searchValue}
      onSearchValueChange={products.onSearchValueChange}
      fetchNextPage={products.fetchNextPage}
      isFetchingNextPage={products.isFetchingNextPage}
      placeholder={t("distribution.links.placeholders.selectProduct")}
      noResultsPlaceholder={t("distribution.common.emptySearchResults")}
      disabled={disabled || products.disabled}
      data-testid={testId}
    />
  )
}
