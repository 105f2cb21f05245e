import { useCallback } from "react"
import { useTranslation } from "react-i18next"

import { LedgerEntry } from "../types/commission"

const REVERSAL_REASONS = ["canceled", "returned", "refunded"]

/**
 * Why an entry was written: a reversal's cause ("canceled", "returned",
 * "refunded") in the dashboard's language, an adjustment's reason as typed.
 */
export const useLedgerEntryReason = () => {
  const { t } = useTranslation()

  return useCallback(
    (entry: Pick<LedgerEntry, "kind" | "reason">): string | null => {
      if (!entry.reason) {
        return null
      }
      if (entry.kind === "reversal" && REVERSAL_REASONS.includes(entry.reason)) {
        return t(`distribution.ledger.reversalReasons.${entry.reason}`)
      }
      return entry.reason
    },
    [t]
  )
}
