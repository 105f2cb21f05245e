import { Prompt } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type ConfirmPromptProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmText: string
  /** Defaults to "Cancel". */
  cancelText?: string
  onConfirm: () => void
  variant?: "danger" | "confirmation"
  /** On the dialog; its confirm button gets `${testId}-confirm`. */
  testId: string
  /** Extra content between the description and the buttons (a reason field). */
  children?: ReactNode
  confirmDisabled?: boolean
}

/**
 * A confirmation dialog like `usePrompt`'s, but controlled, with test ids on
 * the dialog and its confirm button, and room for a field.
 */
export const ConfirmPrompt = ({
  open,
  onOpenChange,
  title,
  description,
  confirmText,
  cancelText,
  onConfirm,
  variant = "danger",
  testId,
  children,
  confirmDisabled,
}: ConfirmPromptProps) => {
  const { t } = useTranslation()

  return (
    <Prompt open={open} onOpenChange={onOpenChange} variant={variant}>
      <Prompt.Content data-testid={testId}>
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        {children && <div className="px-6 pt-4">{children}</div>}
        <Prompt.Footer>
          <Prompt.Cancel type="button">{cancelText ?? t("distribution.actions.cancel")}</Prompt.Cancel>
          <Prompt.Action
            type="button"
            onClick={onConfirm}
            disabled={confirmDisabled}
            data-testid={`${testId}-confirm`}
          >
            {confirmText}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
