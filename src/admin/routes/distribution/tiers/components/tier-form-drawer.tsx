import { Drawer, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { AdminDealerTier } from "../../../../types/tier"
import { TierForm } from "./tier-form"

type TierFormDrawerProps = {
  open: boolean
  /** The tier being edited, or `null` to create one. */
  tier: AdminDealerTier | null
  onClose: () => void
}

export const TierFormDrawer = ({ open, tier, onClose }: TierFormDrawerProps) => {
  const { t } = useTranslation()
  const title = tier
    ? t("distribution.tiers.form.editTitle")
    : t("distribution.tiers.form.createTitle")

  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content data-testid="tier-form-dialog">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{title}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">{title}</Drawer.Description>
        </Drawer.Header>
        {/* The content unmounts when closed, so every opening starts a fresh form. */}
        <TierForm key={tier?.id ?? "new"} tier={tier} onDone={onClose} />
      </Drawer.Content>
    </Drawer>
  )
}
