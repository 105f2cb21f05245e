import { Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { SignedAmount } from "../../../../../../components/signed-amount"
import { LedgerEntry } from "../../../../../../types/commission"
import { PayoutDetailEntryRow } from "./payout-detail-entry-row"

type PayoutDetailEntriesProps = {
  entries: LedgerEntry[]
  /** The API's exact total of the entries paid for. */
  total: string
  currencyCode: string
}

/**
 * "What it pays": the ledger entries the payout reserved (whatever became of
 * them since) and, once it succeeded, its own `payout` entry. The total is
 * the API's: the entries paid for, the payout's own entry left out (it would
 * net them to zero).
 */
export const PayoutDetailEntries = ({ entries, total, currencyCode }: PayoutDetailEntriesProps) => {
  const { t } = useTranslation()
  const header = (key: string) => t(`distribution.ledger.fields.${key}`)

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="payout-detail-entries" data-count={entries.length}>
      <Heading level="h3">{t("distribution.payouts.detail.payout.entries.title")}</Heading>
      {!entries.length ? (
        <Text size="small" className="text-ui-fg-subtle" data-testid="payout-detail-entries-empty">
          {t("distribution.payouts.detail.payout.entries.empty")}
        </Text>
      ) : (
        <div className="overflow-hidden rounded-md border">
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{header("kind")}</Table.HeaderCell>
                  <Table.HeaderCell>{header("status")}</Table.HeaderCell>
                  <Table.HeaderCell>{header("order")}</Table.HeaderCell>
                  <Table.HeaderCell>{header("product")}</Table.HeaderCell>
                  <Table.HeaderCell>{header("level")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{header("amount")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {entries.map((entry) => (
                  <PayoutDetailEntryRow key={entry.id} entry={entry} />
                ))}
              </Table.Body>
            </Table>
          </div>
          <div className="flex items-start justify-between gap-x-4 border-t px-6 py-3">
            <div className="flex flex-col">
              <Text size="small" weight="plus">
                {t("distribution.payouts.detail.payout.entries.total")}
              </Text>
              {entries.some((entry) => entry.kind === "payout") && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("distribution.payouts.detail.payout.entries.totalHint")}
                </Text>
              )}
            </div>
            <SignedAmount amount={total} currencyCode={currencyCode} weight="plus" testId="payout-detail-entries-total" />
          </div>
        </div>
      )}
    </div>
  )
}
