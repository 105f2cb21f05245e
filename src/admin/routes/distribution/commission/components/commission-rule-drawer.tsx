import { Drawer, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { CommissionRuleInput, CommissionSettings } from "../../../../types/commission"
import { CommissionRuleForm } from "./commission-rule-form"

type CommissionRuleDrawerProps = {
  open: boolean
  /** The rule being edited and its 0-based place, or `null` to add one at the end. */
  rule: { value: CommissionRuleInput; index: number } | null
  settings: CommissionSettings
  onSubmit: (rule: Omit<CommissionRuleInput, "id">) => void
  onClose: () => void
}

export const CommissionRuleDrawer = ({ open, rule, settings, onSubmit, onClose }: CommissionRuleDrawerProps) => {
  const { t } = useTranslation()
  const title = rule
    ? t("distribution.commissionPlan.form.editTitle", { number: rule.index + 1 })
    : t("distribution.commissionPlan.form.createTitle")

  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content data-testid="commission-rule-dialog">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{title}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">{title}</Drawer.Description>
        </Drawer.Header>
        {/* Mounted only while open: every opening starts from the rule as it is in the draft. */}
        {open && (
          <CommissionRuleForm
            rule={rule?.value ?? null}
            settings={settings}
            onSubmit={onSubmit}
          />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
