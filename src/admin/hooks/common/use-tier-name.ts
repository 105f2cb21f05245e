import { useCallback } from "react"
import { useTranslation } from "react-i18next"

import { AdminDealerTierSummary } from "../../types/tier"

type NamedTier = Pick<AdminDealerTierSummary, "name_en" | "name_zh">

/** Picks the tier name in the dashboard's language (Chinese for zh*, else English). */
export const useTierName = () => {
  const { i18n } = useTranslation()
  const chinese = (i18n.language ?? "").toLowerCase().startsWith("zh")

  return useCallback(
    (tier?: NamedTier | null) => {
      if (!tier) {
        return ""
      }
      return chinese
        ? tier.name_zh || tier.name_en
        : tier.name_en || tier.name_zh
    },
    [chinese]
  )
}
