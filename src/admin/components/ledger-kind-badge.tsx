import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { LedgerEntryKind } from "../types/commission"

const COLORS: Record<LedgerEntryKind, "green" | "red" | "blue" | "purple"> = {
  accrual: "green",
  reversal: "red",
  adjustment: "blue",
  payout: "purple",
}

/** What a ledger entry is: an accrual, a reversal, an adjustment or a payout. */
export const LedgerKindBadge = ({
  kind,
  testId = "ledger-kind-badge",
}: {
  kind: LedgerEntryKind
  testId?: string
}) => {
  const { t } = useTranslation()

  return (
    <Badge size="2xsmall" color={COLORS[kind] ?? "grey"} data-testid={testId} data-kind={kind}>
      {t(`distribution.ledger.kinds.${kind}`)}
    </Badge>
  )
}
