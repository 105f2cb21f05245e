import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

type QueryErrorStateProps = {
  error?: Error | null
  onRetry?: () => void
  /** Shown instead of the server's message, e.g. for a 404. */
  message?: string
}

/** A failed load, with the server's message and a way to try again. */
export const QueryErrorState = ({
  error,
  onRetry,
  message,
}: QueryErrorStateProps) => {
  const { t } = useTranslation()

  return (
    <Container
      className="flex flex-col items-center gap-y-3 px-6 py-10"
      data-testid="distribution-error-state"
    >
      <ExclamationCircle className="text-ui-fg-error" />
      <Text size="small" weight="plus">
        {t("distribution.common.loadFailed")}
      </Text>
      <Text size="small" className="text-ui-fg-subtle text-center">
        {message || error?.message || t("distribution.common.unknownError")}
      </Text>
      {onRetry && (
        <Button size="small" variant="secondary" onClick={() => onRetry()}>
          {t("distribution.actions.retry")}
        </Button>
      )}
    </Container>
  )
}
