import { Form } from "@medusajs/dashboard/components"
import { Select } from "@medusajs/ui"
import { Control, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"

import { CollectionCombobox } from "../../../../../components/inputs/collection-combobox"
import { ProductCombobox } from "../../../../../components/inputs/product-combobox"
import { REFERRAL_LINK_TARGETS } from "../../../../../types/referral-link"
import { ReferralLinkCreateValues } from "./referral-link-create-schema"

/** Where the link lands: the home page, a product or a collection (then which one). */
export const ReferralLinkTargetFields = ({ control }: { control: Control<ReferralLinkCreateValues> }) => {
  const { t } = useTranslation()
  const targetType = useWatch({ control, name: "target_type" })

  return (
    <>
      <Form.Field
        control={control}
        name="target_type"
        render={({ field: { value, onChange } }) => (
          <Form.Item>
            <Form.Label>{t("distribution.links.fields.target")}</Form.Label>
            <Form.Control>
              <Select value={value} onValueChange={onChange}>
                <Select.Trigger data-testid="referral-link-target-type">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {REFERRAL_LINK_TARGETS.map((target) => (
                    <Select.Item key={target} value={target}>
                      {t(`distribution.links.targets.${target}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Form.Control>
            <Form.Hint>{t("distribution.links.create.targetHint")}</Form.Hint>
            <Form.ErrorMessage />
          </Form.Item>
        )}
      />
      {targetType !== "home" && (
        <Form.Field
          control={control}
          name="target_id"
          render={({ field: { value, onChange } }) => (
            <Form.Item>
              <Form.Label>
                {t(targetType === "product" ? "distribution.links.fields.product" : "distribution.links.fields.collection")}
              </Form.Label>
              <Form.Control>
                {targetType === "product" ? (
                  <ProductCombobox value={value} onChange={onChange} testId="referral-link-product" />
                ) : (
                  <CollectionCombobox value={value} onChange={onChange} testId="referral-link-collection" />
                )}
              </Form.Control>
              <Form.ErrorMessage />
            </Form.Item>
          )}
        />
      )}
    </>
  )
}
