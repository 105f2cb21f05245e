import { useDate } from "@medusajs/dashboard/hooks"
import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useBindingEndReason } from "../hooks/common/use-binding-end-reason"
import { AdminCustomerBinding } from "../types/customer-binding"

/** Every binding of the customer, newest first, the current one marked. */
export const CustomerBindingHistory = ({ history }: { history: AdminCustomerBinding[] }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const endReason = useBindingEndReason()

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" weight="plus">
        {t("distribution.binding.historyTitle")}
      </Text>
      {!history.length ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.binding.historyEmpty")}
        </Text>
      ) : (
        <ol className="flex flex-col gap-y-3" data-testid="customer-binding-history">
          {history.map((binding) => {
            const reason = endReason(binding.end_reason)
            return (
              <li key={binding.id} className="flex flex-col" data-testid={`customer-binding-history-${binding.id}`}>
                <div className="flex items-center justify-between gap-x-2">
                  <Text size="small" weight="plus" className="truncate">
                    {binding.dealer ? `${binding.dealer.code} · ${binding.dealer.display_name}` : t("distribution.common.empty")}
                  </Text>
                  {binding.ended_at ? (
                    <Badge size="2xsmall" color="grey">
                      {t("distribution.binding.ended")}
                    </Badge>
                  ) : (
                    <Badge size="2xsmall" color="green">
                      {t("distribution.binding.current")}
                    </Badge>
                  )}
                </div>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("distribution.binding.historyPeriod", {
                    source: t(`distribution.binding.sources.${binding.source}`),
                    from: getFullDate({ date: binding.bound_at }),
                    to: binding.ended_at ? getFullDate({ date: binding.ended_at }) : t("distribution.binding.now"),
                  })}
                </Text>
                {reason && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {reason}
                  </Text>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </div>
  )
}
