import { useCallback, useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useDealers } from "../../../../../hooks/api/dealers"
import { useTiers } from "../../../../../hooks/api/tiers"
import { useTierName } from "../../../../../hooks/common/use-tier-name"
import {
  AdminDealerHistoryEntry,
  DealerHistoryAction,
} from "../../../../../types/dealer"

// History rows store raw ids (upline dealer, tier) and statuses; these are the
// actions whose values are dealer ids, `null` meaning the producer.
const DEALER_VALUED: DealerHistoryAction[] = ["joined", "moved"]

/**
 * Turns history values into words: tier ids into tier names, dealer ids into
 * codes (one request for all of them), statuses into their labels.
 */
export const useHistoryValueLabels = (entries: AdminDealerHistoryEntry[]) => {
  const { t } = useTranslation()
  const tierName = useTierName()

  const dealerIds = useMemo(() => {
    const ids = new Set<string>()
    for (const entry of entries) {
      if (DEALER_VALUED.includes(entry.action)) {
        if (entry.from_value) ids.add(entry.from_value)
        if (entry.to_value) ids.add(entry.to_value)
      }
    }
    return Array.from(ids).sort()
  }, [entries])

  const { dealers } = useDealers(
    { id: dealerIds, limit: dealerIds.length },
    { enabled: dealerIds.length > 0 }
  )
  const hasTierChanges = entries.some((entry) => entry.action === "tier_changed")
  const { tiers } = useTiers({ limit: 100 }, { enabled: hasTierChanges })

  return useCallback(
    (action: DealerHistoryAction, value: string | null) => {
      if (action === "status_changed") {
        return value ? t(`distribution.statuses.dealer.${value}`) : t("distribution.common.empty")
      }
      if (action === "tier_changed") {
        const tier = tiers?.find((candidate) => candidate.id === value)
        return tier ? tierName(tier) : value ?? t("distribution.common.empty")
      }
      if (!value) {
        return t("distribution.common.producer")
      }
      return dealers?.find((dealer) => dealer.id === value)?.code ?? value
    },
    [t, tierName, tiers, dealers]
  )
}
