import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

type SectionErrorRowProps = {
  error?: Error | null
  onRetry: () => void
}

/** A section's failed load, in the section's own row, with a way to try again. */
export const SectionErrorRow = ({ error, onRetry }: SectionErrorRowProps) => {
  const { t } = useTranslation()

  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-4">
      <Text size="small" className="text-ui-fg-error">
        {error?.message || t("distribution.common.loadFailed")}
      </Text>
      <Button size="small" variant="secondary" onClick={() => onRetry()}>
        {t("distribution.actions.retry")}
      </Button>
    </div>
  )
}
