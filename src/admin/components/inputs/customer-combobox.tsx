import { Combobox } from "@medusajs/dashboard/components"
import { useComboboxData } from "@medusajs/dashboard/hooks"
import { useTranslation } from "react-i18next"

import { formatCustomer } from "../../lib/format-customer"
import { sdk } from "../../lib/sdk"

type CustomerComboboxProps = {
  value?: string
  onChange: (value?: string) => void
  disabled?: boolean
  testId?: string
}

/** Searchable picker over Medusa customers (`GET /admin/customers?q=`). */
export const CustomerCombobox = ({
  value,
  onChange,
  disabled,
  testId = "customer-combobox",
}: CustomerComboboxProps) => {
  const { t } = useTranslation()

  const customers = useComboboxData({
    queryKey: ["distribution_customers", "combobox"],
    queryFn: (params: { q?: string; limit?: number; offset?: number }) =>
      sdk.admin.customer.list({
        ...params,
        fields: "id,email,first_name,last_name",
      }),
    getOptions: (data) =>
      data.customers.map((customer) => ({
        label: formatCustomer(customer),
        value: customer.id,
      })),
  })

  return (
    <Combobox
      value={value}
      onChange={(next) => onChange(next || undefined)}
      options={customers.options}
      searchValue={customers.searchValue}
      onSearchValueChange={customers.onSearchValueChange}
      fetchNextPage={customers.fetchNextPage}
      isFetchingNextPage={customers.isFetchingNextPage}
      placeholder={t("distribution.dealers.placeholders.selectCustomer")}
      noResultsPlaceholder={t("distribution.common.emptySearchResults")}
      disabled={disabled || customers.disabled}
      data-testid={testId}
    />
  )
}
