import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { SectionErrorRow } from "../../../../../components/section-error-row"
import { useDealerBalance } from "../../../../../hooks/api/commission-ledger"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { ledgerHref, statementHref } from "../../../../../lib/commission-hrefs"
import { formatMoney } from "../../../../../lib/format-money"
import { AdminDealerDetail } from "../../../../../types/dealer"

// reserved: in a payout being sent; paid_out: sent by payouts so far (positive).
const FIGURES = ["pending", "available", "reserved", "paid", "paid_out", "total"] as const

/**
 * The dealer's commission balance per currency (pending, available, in a
 * payout, paid, paid out), with the ways into its ledger and statement and
 * to adjust it by hand.
 */
export const DealerBalanceSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const { balances, isPending, isError, error, refetch } = useDealerBalance(dealer.id)

  return (
    <Container className="divide-y p-0" data-testid="dealer-balance-card">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{t("distribution.balance.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.balance.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="adjustment" data-testid="dealer-balance-adjust">
            <Plus />
            {t("distribution.adjustment.action")}
          </Link>
        </Button>
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : isError ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : !balances?.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="dealer-balance-empty">
          {t("distribution.balance.empty")}
        </Text>
      ) : (
        balances.map((balance) => {
          const currency = balance.currency_code.toLowerCase()
          return (
            <div
              key={currency}
              className="flex flex-col gap-y-2 px-6 py-4"
              data-testid={`dealer-balance-${currency}`}
            >
              <Text size="small" weight="plus">
                {currency.toUpperCase()}
              </Text>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-2">
                {FIGURES.map((figure) => (
                  <div key={figure} className="flex flex-col">
                    <dt className="txt-compact-xsmall text-ui-fg-subtle">
                      {t(`distribution.balance.fields.${figure}`)}
                    </dt>
                    <dd
                      className={
                        figure === "total"
                          ? "txt-compact-small-plus tabular-nums"
                          : "txt-compact-small tabular-nums"
                      }
                      data-testid={`dealer-balance-${currency}-${figure}`}
                      data-amount={balance[figure] ?? "0"}
                    >
                      {formatMoney(balance[figure] ?? "0", currency, locale)}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          )
        })
      )}
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Button size="small" variant="transparent" asChild>
          <Link to={ledgerHref({ dealer_id: dealer.id })} data-testid="dealer-balance-ledger-link">
            {t("distribution.balance.viewLedger")}
          </Link>
        </Button>
        <Button size="small" variant="transparent" asChild>
          <Link to={statementHref(dealer.id)} data-testid="dealer-balance-statement-link">
            {t("distribution.balance.viewStatement")}
          </Link>
        </Button>
      </div>
    </Container>
  )
}
