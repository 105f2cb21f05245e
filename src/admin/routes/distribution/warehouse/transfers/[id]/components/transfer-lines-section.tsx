import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { StockTransfer } from "../../../../../../types/stock-transfer"

/**
 * What the transfer carries: per line the quantity sent and, once received,
 * what arrived and the difference with its note (a shortfall shows red).
 */
export const TransferLinesSection = ({ transfer }: { transfer: StockTransfer }) => {
  const { t } = useTranslation()
  const empty = t("distribution.common.empty")
  const lines = transfer.lines ?? []
  const received = transfer.status === "received"

  return (
    <Container className="divide-y p-0" data-testid="stock-transfer-lines">
      <div className="px-6 py-4">
        <Heading level="h2">{t("distribution.warehouse.transfers.detail.linesTitle")}</Heading>
      </div>
      {!lines.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("distribution.warehouse.transfers.detail.noLines")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("distribution.warehouse.fields.sku")}</Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.warehouse.fields.title")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("distribution.warehouse.transfers.fields.quantity")}
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("distribution.warehouse.transfers.fields.received")}
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("distribution.warehouse.transfers.fields.discrepancy")}
                </Table.HeaderCell>
                <Table.HeaderCell>{t("distribution.warehouse.transfers.fields.discrepancyNote")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lines.map((line) => (
                <Table.Row
                  key={line.id}
                  data-testid={`stock-transfer-line-${line.sku ?? line.inventory_item_id}`}
                  data-line-id={line.id}
                  data-quantity={line.quantity}
                  data-received={line.received_quantity ?? undefined}
                  data-discrepancy={line.discrepancy_quantity ?? undefined}
                >
                  <Table.Cell className="txt-compact-small-plus whitespace-nowrap">{line.sku ?? empty}</Table.Cell>
                  <Table.Cell>
                    <Text size="small" className="max-w-[280px] truncate" title={line.title ?? undefined}>
                      {line.title ?? empty}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{line.quantity}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {received ? line.received_quantity ?? line.quantity : empty}
                  </Table.Cell>
                  <Table.Cell
                    className={`text-right tabular-nums ${line.discrepancy_quantity ? "text-ui-fg-error" : ""}`}
                    data-testid="stock-transfer-line-discrepancy"
                  >
                    {received ? line.discrepancy_quantity ?? 0 : empty}
                  </Table.Cell>
                  <Table.Cell>
                    <Text
                      size="small"
                      className="max-w-[260px] whitespace-pre-wrap break-words"
                      data-testid="stock-transfer-line-discrepancy-note"
                    >
                      {line.discrepancy_note || empty}
                    </Text>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
