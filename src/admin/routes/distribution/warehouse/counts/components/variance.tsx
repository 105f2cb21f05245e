import { useTranslation } from "react-i18next"

import { formatMoney } from "../../../../../lib/format-money"

const tone = (sign: number) =>
  sign > 0 ? "text-ui-tag-green-text" : sign < 0 ? "text-ui-tag-red-text" : "text-ui-fg-subtle"

/** A quantity difference, signed and coloured: surplus green, shortfall red. */
export const VarianceQuantity = ({ value, testId }: { value: number | null | undefined; testId?: string }) => {
  const { t } = useTranslation()
  if (value === null || value === undefined) {
    return <span className="text-ui-fg-muted">{t("distribution.common.empty")}</span>
  }
  return (
    <span className={`tabular-nums ${tone(Math.sign(value))}`} data-testid={testId} data-variance={value}>
      {value > 0 ? `+${value}` : value}
    </span>
  )
}

/** The value of a difference at cost, signed and coloured like the quantity; "-" without a cost. */
export const VarianceValue = ({
  value,
  currencyCode,
  locale,
  testId,
}: {
  value: string | null | undefined
  currencyCode: string | null | undefined
  locale: string
  testId?: string
}) => {
  const { t } = useTranslation()
  if (!value || !currencyCode) {
    return <span className="text-ui-fg-muted">{t("distribution.common.empty")}</span>
  }
  const sign = value.trim().startsWith("-") ? -1 : /[1-9]/.test(value) ? 1 : 0
  return (
    <span className={`tabular-nums whitespace-nowrap ${tone(sign)}`} data-testid={testId} data-amount={value}>
      {formatMoney(value, currencyCode, locale, { signed: true })}
    </span>
  )
}
