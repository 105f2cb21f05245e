import { ChevronLeftMini, ChevronRightMini } from "@medusajs/icons"
import { IconButton, Select, Tooltip } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import {
  formatPeriod,
  isAfterPeriod,
  periodOf,
  recentPeriods,
  shiftPeriod,
} from "../../../../lib/statement-period"

// Two years of months in the list; the arrows go further back.
const LISTED_MONTHS = 24

type PeriodPickerProps = {
  /** "YYYY-MM" */
  value: string
  onChange: (period: string) => void
  disabled?: boolean
  testId?: string
}

/** A statement month: previous / next arrows around a list of recent months. */
export const PeriodPicker = ({
  value,
  onChange,
  disabled,
  testId = "statement-period",
}: PeriodPickerProps) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  // Months to come have no statement; the server's month may be ahead of the
  // browser's near midnight, so the value itself counts as reachable.
  const local = periodOf(new Date())
  const latest = isAfterPeriod(value, local) ? value : local

  const periods = useMemo(() => {
    const recent = recentPeriods(latest, LISTED_MONTHS)
    return recent.includes(value) ? recent : [...recent, value]
  }, [latest, value])

  return (
    <div className="flex items-center gap-x-1" data-testid={testId}>
      <Tooltip content={t("distribution.statements.period.previous")}>
        <IconButton
          size="small"
          variant="transparent"
          type="button"
          aria-label={t("distribution.statements.period.previous")}
          disabled={disabled}
          onClick={() => onChange(shiftPeriod(value, -1))}
          data-testid={`${testId}-previous`}
        >
          <ChevronLeftMini />
        </IconButton>
      </Tooltip>
      <Select size="small" value={value} onValueChange={onChange} disabled={disabled}>
        <Select.Trigger
          className="w-[160px]"
          aria-label={t("distribution.statements.period.label")}
          data-testid={`${testId}-select`}
          data-period={value}
        >
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {periods.map((period) => (
            <Select.Item key={period} value={period}>
              {formatPeriod(period, locale)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Tooltip content={t("distribution.statements.period.next")}>
        <IconButton
          size="small"
          variant="transparent"
          type="button"
          aria-label={t("distribution.statements.period.next")}
          disabled={disabled || !isAfterPeriod(latest, value)}
          onClick={() => onChange(shiftPeriod(value, 1))}
          data-testid={`${testId}-next`}
        >
          <ChevronRightMini />
        </IconButton>
      </Tooltip>
    </div>
  )
}
