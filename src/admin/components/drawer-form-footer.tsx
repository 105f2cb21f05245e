import { RouteDrawer } from "@medusajs/dashboard/components"
import { Button, Drawer } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type Props = {
  isPending: boolean
  submitTestId: string
  /** Defaults to "Save". */
  submitLabel?: ReactNode
  submitVariant?: "primary" | "danger"
  submitDisabled?: boolean
  /** A routed drawer (closes by navigating back) rather than a plain one. */
  routed?: boolean
}

/** Cancel and submit buttons at the foot of a drawer form. */
export const DrawerFormFooter = ({
  isPending,
  submitTestId,
  submitLabel,
  submitVariant = "primary",
  submitDisabled,
  routed = false,
}: Props) => {
  const { t } = useTranslation()
  const Footer = routed ? RouteDrawer.Footer : Drawer.Footer
  const Close = routed ? RouteDrawer.Close : Drawer.Close
  return (
    <Footer>
      <div className="flex items-center justify-end gap-x-2">
        <Close asChild>
          <Button size="small" variant="secondary" type="button">
            {t("distribution.actions.cancel")}
          </Button>
        </Close>
        <Button
          size="small"
          type="submit"
          variant={submitVariant}
          isLoading={isPending}
          disabled={submitDisabled}
          data-testid={submitTestId}
        >
          {submitLabel ?? t("distribution.actions.save")}
        </Button>
      </div>
    </Footer>
  )
}
