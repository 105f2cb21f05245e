import { Alert, Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"

import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatRatePercent } from "../../../../lib/commission-rate"
import { CommissionSettings } from "../../../../types/commission"

type CommissionSettingsSectionProps = {
  settings: CommissionSettings
  dirty: boolean
  isSaving: boolean
  onSave: () => void
  onDiscard: () => void
}

const Setting = ({
  id,
  label,
  value,
  explanation,
}: {
  id: string
  label: string
  value: ReactNode
  explanation: string
}) => (
  <div className="flex flex-col gap-y-1" data-testid={`commission-setting-${id}`}>
    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle uppercase">
      {label}
    </Text>
    <Text size="small" weight="plus">
      {value}
    </Text>
    <Text size="xsmall" className="text-ui-fg-muted">
      {explanation}
    </Text>
  </div>
)

/**
 * The page's header: the save and discard actions, and the plan's settings
 * from the plugin options (read-only), each with what it means.
 */
export const CommissionSettingsSection = ({
  settings,
  dirty,
  isSaving,
  onSave,
  onDiscard,
}: CommissionSettingsSectionProps) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const prefix = "distribution.commissionPlan.settings"

  return (
    <Container className="divide-y p-0" data-testid="commission-plan-header">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading>{t("distribution.commissionPlan.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.commissionPlan.subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {dirty ? (
            <Badge size="2xsmall" color="orange" data-testid="commission-plan-dirty">
              {t("distribution.commissionPlan.unsaved")}
            </Badge>
          ) : (
            <Badge size="2xsmall" color="grey" data-testid="commission-plan-clean">
              {t("distribution.commissionPlan.saved")}
            </Badge>
          )}
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={!dirty || isSaving}
            onClick={onDiscard}
            data-testid="commission-plan-discard"
          >
            {t("distribution.commissionPlan.discard")}
          </Button>
          <Button
            size="small"
            type="button"
            disabled={!dirty}
            isLoading={isSaving}
            onClick={onSave}
            data-testid="commission-plan-save"
          >
            {t("distribution.commissionPlan.save")}
          </Button>
        </div>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {t(`${prefix}.title`)}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t(`${prefix}.readOnly`)}
          </Text>
        </div>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
          <Setting
            id="commission-base"
            label={t(`${prefix}.commissionBase.label`)}
            value={t(`${prefix}.commissionBase.${settings.commission_base}`)}
            explanation={t(`${prefix}.commissionBase.${settings.commission_base}Hint`)}
          />
          <Setting
            id="max-levels"
            label={t(`${prefix}.maxLevels.label`)}
            value={String(settings.max_levels)}
            explanation={t(`${prefix}.maxLevels.hint`)}
          />
          <Setting
            id="max-total-rate"
            label={t(`${prefix}.maxTotalRate.label`)}
            value={formatRatePercent(settings.max_total_rate, locale)}
            explanation={t(`${prefix}.maxTotalRate.hint`)}
          />
          <Setting
            id="hold-days"
            label={t(`${prefix}.holdDays.label`)}
            value={String(settings.hold_days)}
            explanation={t(`${prefix}.holdDays.hint`)}
          />
          <Setting
            id="mature-on"
            label={t(`${prefix}.matureOn.label`)}
            value={t(`${prefix}.matureOn.${settings.mature_on}`)}
            explanation={t(`${prefix}.matureOn.hint`)}
          />
          <Setting
            id="compress-inactive"
            label={t(`${prefix}.compressInactive.label`)}
            value={t(settings.compress_inactive ? "distribution.common.yes" : "distribution.common.no")}
            explanation={t(
              settings.compress_inactive
                ? `${prefix}.compressInactive.onHint`
                : `${prefix}.compressInactive.offHint`
            )}
          />
          <Setting
            id="timezone"
            label={t(`${prefix}.timezone.label`)}
            value={settings.timezone}
            explanation={t(`${prefix}.timezone.hint`)}
          />
        </div>
        <Alert
          variant={settings.max_levels > 2 ? "warning" : "info"}
          data-testid="commission-plan-compliance"
        >
          {t("distribution.commissionPlan.compliance")}
        </Alert>
      </div>
    </Container>
  )
}
