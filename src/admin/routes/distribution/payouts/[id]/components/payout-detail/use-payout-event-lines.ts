import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../../lib/format-money"
import { answerDetail, createdDetail, isAnswerEvent } from "../../../../../../lib/payout-events"
import { AdminPayoutEvent } from "../../../../../../types/payout"

export type PayoutEventLine = { key: string; text: string; className?: string }

/** What an event's detail says worth showing: an answer's outcome, or what a creation reserved. */
export const usePayoutEventLines = (event: AdminPayoutEvent, currencyCode: string): PayoutEventLine[] => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const key = (name: string) => `distribution.payouts.detail.payout.events.${name}`

  if (isAnswerEvent(event.kind)) {
    const answer = answerDetail(event.detail)
    if (!answer) {
      return []
    }
    const lines: PayoutEventLine[] = []
    if (answer.status_after) {
      const status = t(`distribution.payouts.statuses.${answer.status_after}`, {
        defaultValue: answer.status_after,
      })
      lines.push({ key: "status", className: "text-ui-fg-base", text: t(key("statusAfter"), { status }) })
    }
    if (answer.provider_state) {
      lines.push({
        key: "provider-state",
        className: "font-mono",
        text: t(key("providerState"), { state: answer.provider_state }),
      })
    }
    if (answer.failure_reason) {
      lines.push({
        key: "failure-reason",
        className: "text-ui-fg-error",
        text: t(key("failureReason"), { reason: answer.failure_reason }),
      })
    }
    if (answer.error) {
      lines.push({ key: "error", className: "text-ui-fg-error", text: t(key("error"), { error: answer.error }) })
    }
    return lines
  }

  if (event.kind === "created" || event.kind === "retry_created") {
    const created = createdDetail(event.detail)
    if (!created?.amount) {
      return []
    }
    const amount = formatMoney(created.amount, currencyCode, locale)
    return [
      {
        key: "reserved",
        text:
          created.entries === null
            ? t(key("reserved"), { amount })
            : t(key("reservedEntries"), { amount, count: created.entries }),
      },
    ]
  }

  return []
}
