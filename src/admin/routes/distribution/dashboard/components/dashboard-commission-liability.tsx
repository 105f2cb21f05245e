import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../lib/format-money"
import { CommissionLiability, Dashboard } from "../../../../types/performance"

const FIGURES = ["pending", "available", "reserved", "paid", "outstanding"] as const

const LiabilityRow = ({ liability }: { liability: CommissionLiability }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-5" data-testid={`dashboard-liability-${liability.currency_code}`}>
      {FIGURES.map((figure) => (
        <div key={figure} className="flex flex-col">
          <dt className="txt-compact-xsmall text-ui-fg-subtle">{t(`distribution.dashboard.liability.${figure}`)}</dt>
          <dd
            className={figure === "outstanding" ? "txt-compact-small-plus tabular-nums" : "txt-compact-small tabular-nums"}
            data-testid={`dashboard-liability-${liability.currency_code}-${figure}`}
            data-amount={liability[figure]}
          >
            {formatMoney(liability[figure], liability.currency_code, locale)}
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** What the merchant owes dealers (ledger balances: pending, available, in payouts) and has paid, all time. */
export const DashboardCommissionLiability = ({ dashboard }: { dashboard: Dashboard }) => {
  const { t } = useTranslation()
  const others = dashboard.commission_liability_by_currency.filter((l) => l.currency_code !== dashboard.currency_code)
  return (
    <Container className="divide-y p-0" data-testid="dashboard-commission-liability">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("distribution.dashboard.liability.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.dashboard.liability.subtitle")}
          </Text>
        </div>
        <Link to="/distribution/ledger" className="txt-compact-small text-ui-fg-interactive hover:underline">
          {t("distribution.dashboard.liability.openLedger")}
        </Link>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <LiabilityRow liability={dashboard.commission_liability} />
        {others.map((l) => (
          <div key={l.currency_code} className="flex flex-col gap-y-2">
            <Text size="xsmall" weight="plus">
              {l.currency_code.toUpperCase()}
            </Text>
            <LiabilityRow liability={l} />
          </div>
        ))}
      </div>
    </Container>
  )
}
