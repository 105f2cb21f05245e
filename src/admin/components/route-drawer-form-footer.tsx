import { Button } from "@medusajs/ui"
import { RouteDrawer } from "@medusajs/dashboard/components"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type Props = {
  isPending: boolean
  submitTestId: string
  /** Defaults to "Save". */
  submitLabel?: ReactNode
  submitVariant?: "primary" | "danger"
}

/** Cancel and submit buttons at the foot of a routed drawer form. */
export const RouteDrawerFormFooter = ({ isPending, submitTestId, submitLabel, submitVariant = "primary" }: Props) => {
  const { t } = useTranslation()
  return (
    <RouteDrawer.Footer>
      <div className="flex items-center justify-end gap-x-2">
        <RouteDrawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            {t("distribution.actions.cancel")}
          </Button>
        </RouteDrawer.Close>
        <Button size="small" type="submit" variant={submitVariant} isLoading={isPending} data-testid={submitTestId}>
          {submitLabel ?? t("distribution.actions.save")}
        </Button>
      </div>
    </RouteDrawer.Footer>
  )
}
