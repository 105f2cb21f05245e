import { Form } from "@medusajs/dashboard/components"
import { Select } from "@medusajs/ui"
import { Control } from "react-hook-form"
import { useTranslation } from "react-i18next"

/**
 * Where the new dealer goes: what the applicant asked for, the top of the
 * network, or a dealer the admin picks.
 */
export type ApproveUplineMode = "applicant" | "producer" | "dealer"

type ApproveUplineModeFieldProps = {
  // The approve form's control; only `upline_mode` is used here.
  control: Control<any>
  desiredParentCode: string | null
}

export const ApproveUplineModeField = ({
  control,
  desiredParentCode,
}: ApproveUplineModeFieldProps) => {
  const { t } = useTranslation()

  return (
    <Form.Field
      control={control as Control<{ upline_mode: ApproveUplineMode }>}
      name="upline_mode"
      render={({ field }) => (
        <Form.Item>
          <Form.Label>{t("distribution.fields.upline")}</Form.Label>
          <Form.Control>
            <Select
              value={field.value}
              onValueChange={(value) => field.onChange(value as ApproveUplineMode)}
            >
              <Select.Trigger data-testid="approve-upline-mode">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="applicant">
                  {desiredParentCode
                    ? t("distribution.applications.approve.requested", {
                        value: desiredParentCode,
                      })
                    : t("distribution.applications.approve.uplineDefault")}
                </Select.Item>
                <Select.Item value="producer">
                  {t("distribution.dealers.upline.underProducer")}
                </Select.Item>
                <Select.Item value="dealer">
                  {t("distribution.applications.approve.chooseDealer")}
                </Select.Item>
              </Select.Content>
            </Select>
          </Form.Control>
          <Form.Hint>{t("distribution.applications.approve.uplineHint")}</Form.Hint>
        </Form.Item>
      )}
    />
  )
}
