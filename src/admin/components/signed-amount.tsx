import { clx } from "@medusajs/ui"

import { useIntlLocale } from "../hooks/common/use-intl-locale"
import { amountSign } from "../lib/commission-figures"
import { formatMoney } from "../lib/format-money"

const COLORS = {
  positive: "text-ui-tag-green-text",
  negative: "text-ui-fg-error",
  zero: "text-ui-fg-subtle",
} as const

type SignedAmountProps = {
  /** A signed decimal string: credits positive, reversals and payouts negative. */
  amount: string
  currencyCode: string
  weight?: "regular" | "plus"
  className?: string
  testId?: string
}

/** A ledger amount with its sign ("+¥12.35", "-¥3.00"), green for credits, red for debits. */
export const SignedAmount = ({
  amount,
  currencyCode,
  weight = "regular",
  className,
  testId,
}: SignedAmountProps) => {
  const locale = useIntlLocale()
  const sign = amountSign(amount)

  return (
    <span
      className={clx(
        "tabular-nums whitespace-nowrap",
        weight === "plus" ? "txt-compact-small-plus" : "txt-compact-small",
        COLORS[sign],
        className
      )}
      data-testid={testId}
      data-amount={amount}
      data-sign={sign}
    >
      {formatMoney(amount, currencyCode, locale, { signed: true })}
    </span>
  )
}
