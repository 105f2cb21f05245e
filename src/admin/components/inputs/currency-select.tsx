import { useStore } from "@medusajs/dashboard/hooks"
import { Select } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

/**
 * The store's currencies as lower-case codes, its default first, followed by
 * any `extra` codes (a dealer may hold a balance in a currency the store no
 * longer sells in).
 */
export const useStoreCurrencyCodes = (extra: string[] = []) => {
  const { store, isPending } = useStore()
  const extraKey = extra.join(",")

  return useMemo(() => {
    const supported = [...(store?.supported_currencies ?? [])].sort(
      (a, b) => Number(b.is_default) - Number(a.is_default)
    )
    const codes = Array.from(
      new Set(
        [...supported.map((currency) => currency.currency_code), ...(extraKey ? extraKey.split(",") : [])].map(
          (code) => code.toLowerCase()
        )
      )
    )
    const defaultCode = supported.find((currency) => currency.is_default)?.currency_code.toLowerCase()
    return { codes, defaultCode: defaultCode ?? codes[0], isPending }
  }, [store, extraKey, isPending])
}

type CurrencySelectProps = {
  value?: string
  onChange: (value: string) => void
  currencies: string[]
  disabled?: boolean
  testId?: string
}

/** Picks one currency code, shown upper-case ("CNY"). */
export const CurrencySelect = ({
  value,
  onChange,
  currencies,
  disabled,
  testId = "currency-select",
}: CurrencySelectProps) => {
  const { t } = useTranslation()

  return (
    <Select value={value || undefined} onValueChange={onChange} disabled={disabled}>
      <Select.Trigger data-testid={testId}>
        <Select.Value placeholder={t("distribution.adjustment.placeholders.currency")} />
      </Select.Trigger>
      <Select.Content>
        {currencies.map((code) => (
          <Select.Item key={code} value={code}>
            {code.toUpperCase()}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
