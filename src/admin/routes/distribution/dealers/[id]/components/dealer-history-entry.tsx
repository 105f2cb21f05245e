import { useDate } from "@medusajs/dashboard/hooks"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { AdminDealerHistoryEntry, DealerHistoryAction } from "../../../../../types/dealer"

type DealerHistoryEntryProps = {
  entry: AdminDealerHistoryEntry
  describe: (action: DealerHistoryAction, value: string | null) => string
  isLast: boolean
}

/** One event of the dealer's timeline: what changed, from what to what, and why. */
export const DealerHistoryEntry = ({ entry, describe, isLast }: DealerHistoryEntryProps) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()

  const change =
    entry.action === "joined"
      ? t("distribution.dealers.history.joinedUnder", {
          upline: describe(entry.action, entry.to_value),
        })
      : t("distribution.dealers.history.fromTo", {
          from: describe(entry.action, entry.from_value),
          to: describe(entry.action, entry.to_value),
        })

  return (
    <li className="grid grid-cols-[20px_1fr] gap-x-2" data-testid={`history-${entry.action}`}>
      <div className="flex flex-col items-center">
        <span className="bg-ui-tag-neutral-icon mt-1.5 size-2 rounded-full" aria-hidden />
        {!isLast && <span className="bg-ui-border-base mt-1 w-px flex-1" aria-hidden />}
      </div>
      <div className="flex flex-col pb-4">
        <div className="flex items-center justify-between gap-x-2">
          <Text size="small" weight="plus">
            {t(`distribution.dealers.history.actions.${entry.action}`)}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {getFullDate({ date: entry.created_at, includeTime: true })}
          </Text>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {change}
        </Text>
        {entry.reason && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.dealers.history.reason", { reason: entry.reason })}
          </Text>
        )}
      </div>
    </li>
  )
}
