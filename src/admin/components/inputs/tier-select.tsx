import { Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useTiers } from "../../hooks/api/tiers"
import { useTierName } from "../../hooks/common/use-tier-name"

type TierSelectProps = {
  value?: string
  onChange: (value: string) => void
  placeholder?: string
  disabled?: boolean
  testId?: string
}

// Networks have a handful of tiers, so one page of 100 covers them all.
const TIER_QUERY = { limit: 100, order: "rank" }

/** Picks one tier, listed by rank. */
export const TierSelect = ({
  value,
  onChange,
  placeholder,
  disabled,
  testId = "tier-select",
}: TierSelectProps) => {
  const { t } = useTranslation()
  const tierName = useTierName()
  const { tiers, isPending } = useTiers(TIER_QUERY)

  return (
    <Select
      value={value || undefined}
      onValueChange={onChange}
      disabled={disabled || isPending}
    >
      <Select.Trigger data-testid={testId}>
        <Select.Value
          placeholder={
            isPending
              ? t("distribution.common.loading")
              : placeholder ?? t("distribution.dealers.placeholders.selectTier")
          }
        />
      </Select.Trigger>
      <Select.Content>
        {(tiers ?? []).map((tier) => (
          <Select.Item key={tier.id} value={tier.id}>
            {`${tierName(tier)} (${tier.code})`}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
