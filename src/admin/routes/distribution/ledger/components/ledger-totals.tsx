import { Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { SignedAmount } from "../../../../components/signed-amount"
import { LedgerEntriesResponse } from "../../../../types/commission"

type LedgerTotalsProps = {
  totals?: LedgerEntriesResponse["totals"]
  isLoading: boolean
}

/**
 * The sum of every entry the filter matches (all pages), per currency, as
 * the API computed it.
 */
export const LedgerTotals = ({ totals, isLoading }: LedgerTotalsProps) => {
  const { t } = useTranslation()

  return (
    <div
      className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-t px-6 py-4"
      data-testid="ledger-totals"
    >
      <div className="flex flex-col">
        <Text size="small" weight="plus">
          {t("distribution.ledger.totals.title")}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("distribution.ledger.totals.hint")}
        </Text>
      </div>
      {isLoading ? (
        <Skeleton className="h-5 w-32" />
      ) : !totals?.length ? (
        <Text size="small" className="text-ui-fg-muted" data-testid="ledger-totals-empty">
          {t("distribution.common.empty")}
        </Text>
      ) : (
        <dl className="flex flex-wrap items-center gap-x-6 gap-y-1">
          {totals.map((total) => (
            <div key={total.currency_code} className="flex items-center gap-x-2">
              <dt className="txt-compact-small text-ui-fg-subtle">
                {total.currency_code.toUpperCase()}
              </dt>
              <dd>
                <SignedAmount
                  amount={total.amount}
                  currencyCode={total.currency_code}
                  weight="plus"
                  testId={`ledger-total-${total.currency_code.toLowerCase()}`}
                />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
