import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PayoutAccountSnapshot } from "../types/payout"

/**
 * An account as the API masks it, on one or two lines: "ICBC · Li Lei ·
 * ****1234" for a bank account, "L** · o6_b****x9Qc" for WeChat.
 */
export const PayoutAccountDetails = ({
  account,
  testId,
}: {
  account: PayoutAccountSnapshot | null
  testId?: string
}) => {
  const { t } = useTranslation()

  if (!account) {
    return (
      <Text size="small" className="text-ui-fg-muted" data-testid={testId}>
        {t("distribution.payouts.detail.noAccount")}
      </Text>
    )
  }

  const primary = [account.bank_name, account.account_holder, account.real_name_masked].filter(Boolean)
  const secondary = account.account_number_masked ?? account.openid_masked

  return (
    <div className="flex flex-col" data-testid={testId}>
      {primary.length > 0 && (
        <Text size="small" className="truncate">
          {primary.join(" · ")}
        </Text>
      )}
      {secondary && (
        <Text size="xsmall" className="text-ui-fg-subtle font-mono truncate">
          {secondary}
        </Text>
      )}
      {!primary.length && !secondary && (
        <Text size="small" className="text-ui-fg-muted">
          {t("distribution.common.empty")}
        </Text>
      )}
    </div>
  )
}
