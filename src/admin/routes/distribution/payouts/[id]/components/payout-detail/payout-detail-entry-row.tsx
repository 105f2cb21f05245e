import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useLedgerEntryReason } from "../../../../../../components/ledger-entry-reason"
import { LedgerKindBadge } from "../../../../../../components/ledger-kind-badge"
import { LedgerStatusBadge } from "../../../../../../components/ledger-status-badge"
import { OrderLink } from "../../../../../../components/order-link"
import { SignedAmount } from "../../../../../../components/signed-amount"
import { LedgerEntry } from "../../../../../../types/commission"

/** One ledger entry a payout pays: type, where it stands, its order and product, level and amount. */
export const PayoutDetailEntryRow = ({ entry }: { entry: LedgerEntry }) => {
  const { t } = useTranslation()
  const reason = useLedgerEntryReason()(entry)
  const empty = t("distribution.common.empty")

  return (
    <Table.Row
      data-testid="payout-detail-entry"
      data-entry-id={entry.id}
      data-kind={entry.kind}
      data-status={entry.status}
      data-amount={entry.amount}
    >
      <Table.Cell>
        <LedgerKindBadge kind={entry.kind} />
      </Table.Cell>
      <Table.Cell>
        <LedgerStatusBadge status={entry.status} />
      </Table.Cell>
      <Table.Cell>
        <OrderLink orderId={entry.order_id} displayId={entry.order_display_id} testId="payout-detail-entry-order" />
      </Table.Cell>
      <Table.Cell>
        <div className="flex max-w-[180px] flex-col py-1">
          <Text size="small" className="truncate" title={entry.product_title ?? undefined}>
            {entry.product_title || empty}
          </Text>
          {reason && (
            <Text size="xsmall" className="text-ui-fg-subtle truncate" title={reason}>
              {reason}
            </Text>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>{entry.level ?? empty}</Table.Cell>
      <Table.Cell className="text-right">
        <SignedAmount amount={entry.amount} currencyCode={entry.currency_code} />
      </Table.Cell>
    </Table.Row>
  )
}
