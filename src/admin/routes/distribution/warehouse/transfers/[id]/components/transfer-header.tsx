import { ArrowRightMini, CheckCircle, DocumentText, TruckFast, XCircle } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { Figure } from "../../../../../../components/figure"
import { ConfirmedActionButton } from "../../../../../../components/confirmed-action-button"
import { OrderLink } from "../../../../../../components/order-link"
import { useCancelStockTransfer, useShipStockTransfer } from "../../../../../../hooks/api/stock-transfers"
import { StockTransfer } from "../../../../../../types/stock-transfer"
import { transferNumber } from "../../../components/display-number"
import { StockTransferStatusBadge } from "../../../components/stock-transfer-status-badge"
import { TransferReceiveDrawer } from "./transfer-receive-drawer"

/**
 * The transfer at a glance — number, status, from → to, quantities — with
 * what can be done to it now: ship (draft), receive (shipped), cancel (draft
 * or shipped), each confirmed first, and print its slip.
 */
export const TransferHeader = ({ transfer }: { transfer: StockTransfer }) => {
  const { t } = useTranslation()
  const [receiving, setReceiving] = useState(false)
  const ship = useShipStockTransfer(transfer.id)
  const cancel = useCancelStockTransfer(transfer.id)
  const busy = ship.isPending || cancel.isPending
  const number = transferNumber(transfer.display_id)
  const from = transfer.from_location?.name ?? t("distribution.common.empty")
  const to = transfer.to_location?.name ?? t("distribution.common.empty")
  const canShip = transfer.status === "draft"
  const canReceive = transfer.status === "shipped"
  const canCancel = transfer.status === "draft" || transfer.status === "shipped"

  return (
    <Container className="divide-y p-0" data-testid="stock-transfer-header">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading data-testid="stock-transfer-number">{number}</Heading>
            <StockTransferStatusBadge status={transfer.status} />
          </div>
          <Text size="small" className="flex flex-wrap items-center gap-x-1" data-testid="stock-transfer-route">
            <span data-testid="stock-transfer-from-name">{from}</span>
            <ArrowRightMini className="text-ui-fg-muted" />
            <span data-testid="stock-transfer-to-name">{to}</span>
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted flex items-center gap-x-1">
            {t(`distribution.warehouse.transfers.kinds.${transfer.kind}`, { defaultValue: transfer.kind })}
            {transfer.order_id && (
              <>
                <span>·</span>
                <OrderLink orderId={transfer.order_id} displayId={null} testId="stock-transfer-order" />
              </>
            )}
          </Text>
          {transfer.note && (
            <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap" data-testid="stock-transfer-note-text">
              {transfer.note}
            </Text>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button
            size="small"
            variant="secondary"
            type="button"
            onClick={() => window.print()}
            data-testid="stock-transfer-print"
          >
            <DocumentText />
            {t("distribution.warehouse.transfers.slip.print")}
          </Button>
          {canCancel && (
            <ConfirmedActionButton
              mutation={cancel}
              icon={<XCircle />}
              label={t("distribution.warehouse.transfers.cancel.action")}
              disabled={busy}
              successMessage={t("distribution.warehouse.transfers.cancel.success", { number })}
              prompt={{
                title: t("distribution.warehouse.transfers.cancel.title", { number }),
                description:
                  transfer.status === "shipped"
                    ? t("distribution.warehouse.transfers.cancel.descriptionShipped", { from })
                    : t("distribution.warehouse.transfers.cancel.descriptionDraft"),
                confirmText: t("distribution.warehouse.transfers.cancel.confirm"),
                cancelText: t("distribution.warehouse.transfers.cancel.keep"),
              }}
              testId="stock-transfer-cancel"
            />
          )}
          {canShip && (
            // A refusal names the line, e.g. "… would leave SKU X at <location> below its reserved quantity …"
            <ConfirmedActionButton
              mutation={ship}
              variant="primary"
              icon={<TruckFast />}
              label={t("distribution.warehouse.transfers.ship.action")}
              disabled={busy || !transfer.line_count}
              successMessage={t("distribution.warehouse.transfers.ship.success", { number })}
              prompt={{
                title: t("distribution.warehouse.transfers.ship.title", { number }),
                description: t("distribution.warehouse.transfers.ship.description", {
                  quantity: transfer.total_quantity,
                  count: transfer.line_count,
                  from,
                }),
                confirmText: t("distribution.warehouse.transfers.ship.confirm"),
              }}
              testId="stock-transfer-ship"
            />
          )}
          {canReceive && (
            <Button
              size="small"
              variant="primary"
              type="button"
              onClick={() => setReceiving(true)}
              disabled={busy}
              data-testid="stock-transfer-receive"
            >
              <CheckCircle />
              {t("distribution.warehouse.transfers.receive.action")}
            </Button>
          )}
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
        <Figure label={t("distribution.warehouse.transfers.fields.lines")} testId="stock-transfer-line-count">
          {transfer.line_count}
        </Figure>
        <Figure label={t("distribution.warehouse.transfers.fields.quantity")} testId="stock-transfer-total-quantity">
          {transfer.total_quantity}
        </Figure>
        <Figure label={t("distribution.warehouse.transfers.fields.received")} testId="stock-transfer-received-quantity">
          {transfer.received_quantity ?? t("distribution.common.empty")}
        </Figure>
        <Figure label={t("distribution.warehouse.transfers.fields.discrepancy")} testId="stock-transfer-discrepancy-quantity">
          <span className={transfer.discrepancy_quantity ? "text-ui-fg-error" : undefined}>
            {transfer.discrepancy_quantity ?? t("distribution.common.empty")}
          </span>
        </Figure>
      </dl>
      <TransferReceiveDrawer transfer={transfer} open={receiving} onClose={() => setReceiving(false)} />
    </Container>
  )
}
