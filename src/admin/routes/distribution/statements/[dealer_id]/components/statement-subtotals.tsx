import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { LedgerKindBadge } from "../../../../../components/ledger-kind-badge"
import { LedgerStatusBadge } from "../../../../../components/ledger-status-badge"
import { SignedAmount } from "../../../../../components/signed-amount"
import { LedgerEntryKind, LedgerEntryStatus, Statement } from "../../../../../types/commission"

const KINDS: LedgerEntryKind[] = ["accrual", "reversal", "adjustment", "payout"]
const STATUSES: LedgerEntryStatus[] = ["pending", "available", "paid"]

/** The period's movements summed by kind and by status (the API's sums). */
export const StatementSubtotals = ({ statement }: { statement: Statement }) => {
  const { t } = useTranslation()
  const currency = statement.currency_code

  return (
    <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <Container className="divide-y p-0 w-full" data-testid="statement-totals-by-kind">
        <div className="px-6 py-4">
          <Heading level="h2">{t("distribution.statements.detail.byKindTitle")}</Heading>
        </div>
        {KINDS.map((kind) => (
          <div key={kind} className="grid grid-cols-2 items-center px-6 py-4">
            <div>
              <LedgerKindBadge kind={kind} testId={`statement-kind-${kind}`} />
            </div>
            <div className="text-right">
              <SignedAmount
                amount={statement.totals_by_kind[kind] ?? "0"}
                currencyCode={currency}
                testId={`statement-total-kind-${kind}`}
              />
            </div>
          </div>
        ))}
      </Container>
      <Container className="divide-y p-0 w-full" data-testid="statement-totals-by-status">
        <div className="px-6 py-4">
          <Heading level="h2">{t("distribution.statements.detail.byStatusTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.statements.detail.byStatusHint")}
          </Text>
        </div>
        {STATUSES.map((status) => (
          <div key={status} className="grid grid-cols-2 items-center px-6 py-4">
            <div>
              <LedgerStatusBadge status={status} testId={`statement-status-${status}`} />
            </div>
            <div className="text-right">
              <SignedAmount
                amount={statement.totals_by_status[status] ?? "0"}
                currencyCode={currency}
                testId={`statement-total-status-${status}`}
              />
            </div>
          </div>
        ))}
      </Container>
    </div>
  )
}
