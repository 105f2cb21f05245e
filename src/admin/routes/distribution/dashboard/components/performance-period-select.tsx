import { Select } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { periodOptions } from "./performance-format"

type Props = { value: string; onChange: (value: string) => void; testId?: string }

/** Picks a report period: this month, rolling 30/90 days, this quarter or year, or one of the last twelve months. */
export const PerformancePeriodSelect = ({ value, onChange, testId = "performance-period-select" }: Props) => {
  const { t } = useTranslation()
  const options = useMemo(() => periodOptions(), [])
  return (
    <div className="w-[200px]">
      <Select value={value} onValueChange={onChange} size="small">
        <Select.Trigger data-testid={testId}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.month ? o.value : t(`distribution.dashboard.periods.${o.value}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
