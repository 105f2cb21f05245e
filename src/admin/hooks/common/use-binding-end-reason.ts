import { useCallback } from "react"
import { useTranslation } from "react-i18next"

/**
 * Words for why a binding ended. The server writes "expired", or
 * "Rebound: <the admin's reason>" (the reason itself stays as typed).
 */
export const useBindingEndReason = () => {
  const { t } = useTranslation()

  return useCallback(
    (reason: string | null) => {
      if (!reason) {
        return null
      }
      if (reason === "expired") {
        return t("distribution.binding.endReasons.expired")
      }
      const rebound = /^Rebound: (.*)$/s.exec(reason)
      return rebound ? t("distribution.binding.endReasons.rebound", { reason: rebound[1] }) : reason
    },
    [t]
  )
}
