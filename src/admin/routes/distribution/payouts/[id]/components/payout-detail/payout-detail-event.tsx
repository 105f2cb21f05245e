import { useDate } from "@medusajs/dashboard/hooks"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { isKnownPayoutEventKind } from "../../../../../../lib/payout-events"
import { AdminPayoutEvent } from "../../../../../../types/payout"
import { usePayoutEventLines } from "./use-payout-event-lines"

type PayoutDetailEventProps = {
  event: AdminPayoutEvent
  currencyCode: string
  isLast: boolean
}

/** One step of the payout's history: what happened, when, and what came of it. */
export const PayoutDetailEvent = ({ event, currencyCode, isLast }: PayoutDetailEventProps) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const lines = usePayoutEventLines(event, currencyCode)
  const title = isKnownPayoutEventKind(event.kind)
    ? t(`distribution.payouts.detail.payout.events.kinds.${event.kind}`)
    : event.kind

  return (
    <li
      className="grid grid-cols-[20px_1fr] gap-x-2"
      data-testid="payout-detail-event"
      data-kind={event.kind}
      data-event-id={event.id}
    >
      <div className="flex flex-col items-center">
        <span className="bg-ui-tag-neutral-icon mt-1.5 size-2 rounded-full" aria-hidden />
        {!isLast && <span className="bg-ui-border-base mt-1 w-px flex-1" aria-hidden />}
      </div>
      <div className="flex min-w-0 flex-col pb-4">
        <div className="flex items-baseline justify-between gap-x-2">
          <Text size="small" weight="plus" data-testid="payout-detail-event-label">
            {title}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
            {getFullDate({ date: event.created_at, includeTime: true })}
          </Text>
        </div>
        {lines.map((line) => (
          <Text
            key={line.key}
            size="small"
            className={`${line.className ?? "text-ui-fg-subtle"} break-words`}
            data-testid={`payout-detail-event-${line.key}`}
          >
            {line.text}
          </Text>
        ))}
      </div>
    </li>
  )
}
