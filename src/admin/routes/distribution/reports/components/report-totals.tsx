import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../lib/format-money"
import { FigureColumn } from "./report-definitions"
import { formatCount } from "./report-format"

type ReportTotalsProps<F> = { columns: FigureColumn<F>[]; totals: F; currency: string }

/** The report's totals over every row of the filter, one tile a figure. */
export const ReportTotals = <F,>({ columns, totals, currency }: ReportTotalsProps<F>) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()

  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="reports-totals">
      {columns.map((column) => {
        const value = totals[column.field] as unknown
        return (
          <div key={column.field} className="flex flex-col gap-y-1 rounded-lg border px-4 py-3">
            <dt>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t(`distribution.reports.fields.${column.field}`)}
              </Text>
            </dt>
            <dd
              className="txt-compact-large-plus tabular-nums"
              data-testid={`reports-total-${column.field}`}
              {...(column.kind === "amount" ? { "data-amount": String(value) } : { "data-value": String(value) })}
            >
              {column.kind === "amount"
                ? formatMoney(String(value), currency, locale)
                : formatCount(Number(value), locale)}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
