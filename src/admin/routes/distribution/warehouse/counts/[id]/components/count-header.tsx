import { useDate } from "@medusajs/dashboard/hooks"
import { ArrowUpTray, CheckCircle, XCircle } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { Figure } from "../../../../../../components/figure"
import { ConfirmedActionButton } from "../../../../../../components/confirmed-action-button"
import { SpreadsheetExportButtons } from "../../../../../../components/spreadsheet-export-buttons"
import { useApplyStockCount, useCancelStockCount, useExportStockCount } from "../../../../../../hooks/api/stock-counts"
import { useIntlLocale } from "../../../../../../hooks/common/use-intl-locale"
import { SpreadsheetFormat } from "../../../../../../lib/download-spreadsheet"
import { StockCount } from "../../../../../../types/stock-count"
import { ActorName } from "../../../components/actor-name"
import { countNumber } from "../../../components/display-number"
import { StockCountStatusBadge } from "../../../components/stock-count-status-badge"
import { VarianceQuantity, VarianceValue } from "../../components/variance"
import { CountImportDrawer } from "./count-import-drawer"

/**
 * The count at a glance — location, progress, variance — with its actions:
 * upload counted quantities (CSV), apply (counted lines only; confirmed
 * first, saying how many lines stay as they are), cancel, export the sheet.
 */
export const CountHeader = ({ count }: { count: StockCount }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const locale = useIntlLocale()
  const [importing, setImporting] = useState(false)
  const apply = useApplyStockCount(count.id)
  const cancel = useCancelStockCount(count.id)
  const exporter = useExportStockCount()
  const number = countNumber(count.display_id)
  const { totals } = count
  const uncounted = totals.lines - totals.counted
  const counting = count.status === "counting"
  const busy = apply.isPending || cancel.isPending

  const onExport = (format: SpreadsheetFormat) =>
    exporter.mutate(
      { countId: count.id, format, fallbackName: `stock-count-${count.display_id}` },
      { onError: (error) => toast.error(error.message || t("distribution.warehouse.counts.detail.exportFailed")) }
    )

  const who = (key: string, at: string | null, by: string | null) =>
    at && (
      <span key={key}>
        {t(`distribution.warehouse.counts.detail.${key}`, { date: getFullDate({ date: at, includeTime: true }) })}
        {by && (
          <>
            {" · "}
            <ActorName id={by} />
          </>
        )}
      </span>
    )

  return (
    <Container className="divide-y p-0" data-testid="stock-count-header">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading data-testid="stock-count-number">{number}</Heading>
            <StockCountStatusBadge status={count.status} />
          </div>
          <Text size="small" data-testid="stock-count-location-name">
            {count.location?.name ?? t("distribution.common.empty")}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted flex flex-wrap gap-x-3" data-testid="stock-count-stamps">
            {who("created", count.created_at, count.created_by)}
            {who("applied", count.applied_at, count.applied_by)}
            {who("canceled", count.canceled_at, count.canceled_by)}
          </Text>
          {count.note && (
            <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap">
              {count.note}
            </Text>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SpreadsheetExportButtons
            exporter={exporter}
            onExport={onExport}
            labelKey="distribution.warehouse.counts.detail"
            testId="stock-count-export"
          />
          {counting && (
            <>
              <Button
                size="small"
                variant="secondary"
                type="button"
                onClick={() => setImporting(true)}
                disabled={busy}
                data-testid="stock-count-import"
              >
                <ArrowUpTray />
                {t("distribution.warehouse.counts.import.action")}
              </Button>
              <ConfirmedActionButton
                mutation={cancel}
                icon={<XCircle />}
                label={t("distribution.warehouse.counts.cancel.action")}
                disabled={busy}
                successMessage={t("distribution.warehouse.counts.cancel.success", { number })}
                prompt={{
                  title: t("distribution.warehouse.counts.cancel.title", { number }),
                  description: t("distribution.warehouse.counts.cancel.description"),
                  confirmText: t("distribution.warehouse.counts.cancel.confirm"),
                  cancelText: t("distribution.warehouse.counts.cancel.keep"),
                }}
                testId="stock-count-cancel"
              />
              <ConfirmedActionButton
                mutation={apply}
                variant="primary"
                icon={<CheckCircle />}
                label={t("distribution.warehouse.counts.apply.action")}
                disabled={busy || totals.counted === 0}
                successMessage={t("distribution.warehouse.counts.apply.success", { number })}
                prompt={{
                  title: t("distribution.warehouse.counts.apply.title", { number }),
                  description: [
                    t("distribution.warehouse.counts.apply.description", {
                      count: totals.counted,
                      location: count.location?.name ?? "",
                    }),
                    uncounted > 0 ? t("distribution.warehouse.counts.apply.uncounted", { count: uncounted }) : "",
                  ]
                    .filter(Boolean)
                    .join(" "),
                  confirmText: t("distribution.warehouse.counts.apply.confirm"),
                }}
                testId="stock-count-apply"
              />
            </>
          )}
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-5">
        <Figure label={t("distribution.warehouse.counts.fields.lines")} testId="stock-count-lines-total">
          {totals.lines}
        </Figure>
        <Figure label={t("distribution.warehouse.counts.fields.counted")} testId="stock-count-counted">
          {totals.counted}
        </Figure>
        <Figure label={t("distribution.warehouse.counts.fields.uncounted")} testId="stock-count-uncounted">
          {uncounted}
        </Figure>
        <Figure label={t("distribution.warehouse.counts.fields.varianceQuantity")} testId="stock-count-variance-quantity">
          <VarianceQuantity value={totals.variance_quantity} />
          <Text as="span" size="xsmall" className="text-ui-fg-muted ml-2">
            {t("distribution.warehouse.counts.detail.varianceLines", { count: totals.variance_lines })}
          </Text>
        </Figure>
        <Figure
          label={t("distribution.warehouse.counts.fields.varianceValue")}
          testId="stock-count-variance-value"
          amount={totals.variance_value ?? undefined}
        >
          <VarianceValue value={totals.variance_value} currencyCode={totals.currency_code} locale={locale} />
        </Figure>
      </dl>
      <CountImportDrawer count={count} open={importing} onClose={() => setImporting(false)} />
    </Container>
  )
}
