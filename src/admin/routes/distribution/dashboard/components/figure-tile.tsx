import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatGrowth, growthColor } from "./performance-format"

type Props = { label: string; value: string; growth?: string | null; hint?: string; testId?: string }

/** One figure with its label and, when given, its growth against the previous period. */
export const FigureTile = ({ label, value, growth, hint, testId }: Props) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  return (
    <div className="flex flex-col gap-y-1 rounded-lg border px-4 py-3" data-testid={testId}>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="large" weight="plus" className="tabular-nums" data-testid={testId ? `${testId}-value` : undefined}>
        {value}
      </Text>
      <div className="flex min-h-5 items-center gap-x-2">
        {growth !== undefined && (
          <Badge size="2xsmall" color={growthColor(growth)} title={t("distribution.dashboard.growthHint")}>
            {formatGrowth(growth, locale)}
          </Badge>
        )}
        {hint && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {hint}
          </Text>
        )}
      </div>
    </div>
  )
}
