import { Combobox } from "@medusajs/dashboard/components"
import { useComboboxData } from "@medusajs/dashboard/hooks"
import type { HttpTypes } from "@medusajs/framework/types"
import { useTranslation } from "react-i18next"

import { sdk } from "../../lib/sdk"

type CategoryComboboxProps = {
  value?: string
  onChange: (value?: string) => void
  disabled?: boolean
  /** For a `<label htmlFor>`: the id of the search input. */
  id?: string
  testId?: string
}

// Two categories may share a name under different parents ("Gifts" under
// "Tea" and under "Teaware"): the parent tells them apart.
const categoryLabel = (category: HttpTypes.AdminProductCategory) =>
  category.parent_category?.name
    ? `${category.parent_category.name} › ${category.name}`
    : category.name

/** Searchable picker over Medusa product categories (`GET /admin/product-categories?q=`). */
export const CategoryCombobox = ({
  value,
  onChange,
  disabled,
  id,
  testId = "category-combobox",
}: CategoryComboboxProps) => {
  const { t } = useTranslation()

  const categories = useComboboxData({
    queryKey: ["distribution_categories", "combobox"],
    queryFn: (params: { q?: string; id?: string; limit?: number; offset?: number }) =>
      sdk.admin.productCategory.list({
        ...params,
        fields: "id,name,handle,parent_category",
      }),
    getOptions: (data) =>
      data.product_categories.map((category) => ({
        label: categoryLabel(category),
        value: category.id,
      })),
    // The picked category is listed even when it is not on the first page.
    selectedValue: value,
  })

  return (
    <Combobox
      id={id}
      value={value}
      onChange={(next) => onChange(next || undefined)}
      options={categories.options}
      searchValue={categories.searchValue}
      onSearchValueChange={categories.onSearchValueChange}
      fetchNextPage={categories.fetchNextPage}
      isFetchingNextPage={categories.isFetchingNextPage}
      placeholder={t("distribution.commissionPlan.placeholders.selectCategory")}
      noResultsPlaceholder={t("distribution.common.emptySearchResults")}
      disabled={disabled || categories.disabled}
      data-testid={testId}
    />
  )
}
