import { useDate } from "@medusajs/dashboard/hooks"
import { createPortal } from "react-dom"
import { useTranslation } from "react-i18next"

import { StockLocationAddress, useStockLocationAddress } from "../../../../../../hooks/api/warehouse-lookups"
import { StockTransfer } from "../../../../../../types/stock-transfer"
import { ActorName } from "../../../components/actor-name"
import { transferNumber } from "../../../components/display-number"

const SLIP_CLASS = "distribution-transfer-slip"

// On screen the slip is hidden; printing shows it alone: every other child of
// <body> (the dashboard, its dialogs and toasts) is hidden, and the page's
// fixed-height, scroll-clipped layout is undone so long slips run on.
const PRINT_CSS = `
.${SLIP_CLASS} { display: none; }
@media print {
  @page { margin: 14mm; }
  html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
  body > *:not(.${SLIP_CLASS}) { display: none !important; }
  .${SLIP_CLASS} { display: block !important; color: #000; background: #fff; font: 11pt/1.4 system-ui, sans-serif; }
  .${SLIP_CLASS} table { width: 100%; border-collapse: collapse; margin-top: 12pt; }
  .${SLIP_CLASS} th, .${SLIP_CLASS} td { border: 1px solid #000; padding: 4pt 6pt; text-align: left; vertical-align: top; }
  .${SLIP_CLASS} .num { text-align: right; font-variant-numeric: tabular-nums; }
  .${SLIP_CLASS} tr { page-break-inside: avoid; }
  .${SLIP_CLASS} h1 { font-size: 16pt; margin: 0 0 4pt; }
  .${SLIP_CLASS} .parties { display: flex; gap: 24pt; margin-top: 12pt; }
  .${SLIP_CLASS} .parties > div { flex: 1; border: 1px solid #000; padding: 6pt 8pt; }
  .${SLIP_CLASS} .label { font-size: 9pt; text-transform: uppercase; letter-spacing: .04em; }
  .${SLIP_CLASS} .signatures { display: flex; gap: 24pt; margin-top: 28pt; page-break-inside: avoid; }
  .${SLIP_CLASS} .signatures > div { flex: 1; border-top: 1px solid #000; padding-top: 4pt; }
}
`

const addressLines = (address: StockLocationAddress | null) =>
  address
    ? [
        [address.address_1, address.address_2].filter(Boolean).join(" "),
        [address.postal_code, address.city, address.province, address.country_code?.toUpperCase()]
          .filter(Boolean)
          .join(" "),
        address.phone,
      ].filter(Boolean)
    : []

const Party = ({ label, name, locationId }: { label: string; name?: string; locationId?: string }) => {
  const { address } = useStockLocationAddress(locationId)
  return (
    <div>
      <div className="label">{label}</div>
      <strong>{name}</strong>
      {addressLines(address).map((line) => (
        <div key={line as string}>{line}</div>
      ))}
    </div>
  )
}

/**
 * The transfer slip (调拨单) for the warehouse: number, from and to with
 * addresses, lines (SKU, title, quantity, received) and signatures. Rendered
 * beside the dashboard, not inside it, and shown only when printing.
 */
export const TransferSlip = ({ transfer }: { transfer: StockTransfer }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const received = transfer.status === "received"
  const prefix = "distribution.warehouse.transfers"

  return createPortal(
    <div className={SLIP_CLASS} data-testid="stock-transfer-slip">
      <style>{PRINT_CSS}</style>
      <h1>
        {t(`${prefix}.slip.title`)} {transferNumber(transfer.display_id)}
      </h1>
      <div>
        {t(`${prefix}.fields.status`)}: {t(`${prefix}.statuses.${transfer.status}`)} · {t(`${prefix}.fields.created`)}:{" "}
        {getFullDate({ date: transfer.created_at, includeTime: true })}
        {transfer.shipped_at && (
          <>
            {" · "}
            {t(`${prefix}.timeline.shipped`)}: {getFullDate({ date: transfer.shipped_at, includeTime: true })}
          </>
        )}
        {transfer.received_at && (
          <>
            {" · "}
            {t(`${prefix}.timeline.received`)}: {getFullDate({ date: transfer.received_at, includeTime: true })}
          </>
        )}
      </div>
      <div className="parties">
        <Party label={t(`${prefix}.fields.from`)} name={transfer.from_location?.name} locationId={transfer.from_location?.id} />
        <Party label={t(`${prefix}.fields.to`)} name={transfer.to_location?.name} locationId={transfer.to_location?.id} />
      </div>
      {transfer.note && (
        <p>
          {t(`${prefix}.fields.note`)}: {transfer.note}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t("distribution.warehouse.fields.sku")}</th>
            <th>{t("distribution.warehouse.fields.title")}</th>
            <th className="num">{t(`${prefix}.fields.quantity`)}</th>
            <th className="num">{t(`${prefix}.fields.received`)}</th>
            <th>{t(`${prefix}.fields.discrepancyNote`)}</th>
          </tr>
        </thead>
        <tbody>
          {(transfer.lines ?? []).map((line, index) => (
            <tr key={line.id} data-testid="stock-transfer-slip-line">
              <td>{index + 1}</td>
              <td>{line.sku}</td>
              <td>{line.title}</td>
              <td className="num">{line.quantity}</td>
              {/* Blank until received: the receiver writes it in. */}
              <td className="num">{received ? line.received_quantity ?? line.quantity : ""}</td>
              <td>{line.discrepancy_note ?? ""}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={3}>
              <strong>{t(`${prefix}.slip.total`)}</strong>
            </td>
            <td className="num">
              <strong>{transfer.total_quantity}</strong>
            </td>
            <td className="num">
              <strong>{received ? transfer.received_quantity ?? "" : ""}</strong>
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      <div className="signatures">
        <div>
          {t(`${prefix}.slip.shippedBy`)}
          {transfer.shipped_by && (
            <>
              {": "}
              <ActorName id={transfer.shipped_by} />
            </>
          )}
        </div>
        <div>{t(`${prefix}.slip.carrier`)}</div>
        <div>
          {t(`${prefix}.slip.receivedBy`)}
          {transfer.received_by && (
            <>
              {": "}
              <ActorName id={transfer.received_by} />
            </>
          )}
        </div>
      </div>
    </div>,
    document.body
  )
}
