import { clx, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { progressShares } from "../lib/payout-actions"
import { PayoutBatchProgress } from "../types/payout"

type PayoutProgressBarProps = {
  progress: PayoutBatchProgress
  /** "3 of 10 done" under the bar. */
  showLabel?: boolean
  className?: string
  testId?: string
}

/**
 * How many of a batch's payouts are settled: a bar split into paid (green),
 * failed (red) and canceled (grey), exposed to assistive technology as a
 * progressbar of done out of total.
 */
export const PayoutProgressBar = ({
  progress,
  showLabel = true,
  className,
  testId = "payout-batch-progress",
}: PayoutProgressBarProps) => {
  const { t } = useTranslation()
  const { done, total } = progress
  const shares = progressShares(progress)
  const value = t("distribution.payouts.progress.value", { done, total })

  return (
    <div className={clx("flex min-w-[120px] flex-col gap-y-1", className)}>
      <div
        role="progressbar"
        aria-label={t("distribution.payouts.progress.label")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={value}
        className="bg-ui-bg-component flex h-2 w-full overflow-hidden rounded-full border border-ui-border-base"
        data-testid={testId}
        data-done={done}
        data-total={total}
        data-succeeded={progress.succeeded}
        data-failed={progress.failed}
        data-canceled={progress.canceled}
      >
        <span className="bg-ui-tag-green-icon h-full" style={{ width: `${shares.succeeded}%` }} />
        <span className="bg-ui-tag-red-icon h-full" style={{ width: `${shares.failed}%` }} />
        <span className="bg-ui-tag-neutral-icon h-full" style={{ width: `${shares.canceled}%` }} />
      </div>
      {showLabel && (
        <Text size="xsmall" className="text-ui-fg-subtle tabular-nums whitespace-nowrap">
          {value}
        </Text>
      )}
    </div>
  )
}
