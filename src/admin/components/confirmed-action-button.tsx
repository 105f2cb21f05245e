import { Button, toast } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"

import { ConfirmPrompt } from "./confirm-prompt"

/** A mutation that takes no variables, as react-query's `useMutation` returns it. */
type ConfirmableMutation = {
  mutate: (
    variables: undefined,
    options: { onSuccess: () => void; onError: (error: Error) => void }
  ) => void
  isPending: boolean
}

type ConfirmedActionButtonProps = {
  mutation: ConfirmableMutation
  label: string
  icon: ReactNode
  variant?: "primary" | "secondary"
  /** Another action of the same record runs, or this one may not run yet. */
  disabled?: boolean
  /** Toasted once the server has done it. */
  successMessage: string
  /** The question asked first; a primary action's is a confirmation, a secondary one's a warning. */
  prompt: {
    title: string
    description: string
    confirmText: string
    /** Defaults to "Cancel". */
    cancelText?: string
  }
  /** The button's; its prompt is `${testId}-prompt` (confirm: `${testId}-prompt-confirm`). */
  testId: string
}

/**
 * A record's action in its header: the button asks first, then runs the
 * mutation and toasts its success, or the server's refusal as it words it.
 */
export const ConfirmedActionButton = ({
  mutation,
  label,
  icon,
  variant = "secondary",
  disabled,
  successMessage,
  prompt,
  testId,
}: ConfirmedActionButtonProps) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)

  const onConfirm = () => {
    setOpen(false)
    mutation.mutate(undefined, {
      onSuccess: () => toast.success(successMessage),
      onError: (error) => toast.error(error.message || t("distribution.common.unknownError")),
    })
  }

  return (
    <>
      <Button
        size="small"
        variant={variant}
        type="button"
        onClick={() => setOpen(true)}
        isLoading={mutation.isPending}
        disabled={disabled}
        data-testid={testId}
      >
        {icon}
        {label}
      </Button>
      <ConfirmPrompt
        open={open}
        onOpenChange={setOpen}
        variant={variant === "primary" ? "confirmation" : "danger"}
        title={prompt.title}
        description={prompt.description}
        confirmText={prompt.confirmText}
        cancelText={prompt.cancelText}
        onConfirm={onConfirm}
        testId={`${testId}-prompt`}
      />
    </>
  )
}
