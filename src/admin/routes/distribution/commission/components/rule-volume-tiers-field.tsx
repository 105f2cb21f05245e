import { Form } from "@medusajs/dashboard/components"
import { Plus, XMark } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { Control, useFieldArray, useFormState } from "react-hook-form"
import { useTranslation } from "react-i18next"

import { MAX_VOLUME_TIERS, RuleFormValues } from "./commission-rule-schema"

type RuleVolumeTiersFieldProps = {
  control: Control<RuleFormValues>
  currencyCode: string
  timezone: string
}

/**
 * The tiers of a volume rule (阶梯): from which month sales each rate
 * applies. The first tier starts at 0 and cannot be removed; thresholds rise.
 */
export const RuleVolumeTiersField = ({ control, currencyCode, timezone }: RuleVolumeTiersFieldProps) => {
  const { t } = useTranslation()
  const { fields, append, remove } = useFieldArray({ control, name: "volume_tiers" })
  const { errors } = useFormState({ control, name: "volume_tiers" })
  const tiersError = errors.volume_tiers as
    | { message?: string; root?: { message?: string } }
    | undefined
  const listError = tiersError?.message ?? tiersError?.root?.message
  const currency = currencyCode.toUpperCase()

  return (
    <fieldset className="flex flex-col gap-y-3" data-testid="commission-rule-volume-tiers">
      <legend className="contents">
        <Text size="small" weight="plus" asChild>
          <span>{t("distribution.commissionPlan.form.volumeTiers")}</span>
        </Text>
      </legend>
      <Text size="small" className="text-ui-fg-subtle">
        {t("distribution.commissionPlan.form.volumeTiersHint", { currency, timezone })}
      </Text>
      <div className="grid grid-cols-[1fr_1fr_28px] gap-x-2 gap-y-2">
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle" aria-hidden>
          {t("distribution.commissionPlan.form.tierFrom", { currency })}
        </Text>
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle" aria-hidden>
          {t("distribution.commissionPlan.form.tierRate")}
        </Text>
        <span />
        {fields.map((row, index) => (
          <div key={row.id} className="contents" data-testid="commission-rule-volume-tier">
            <Form.Field
              control={control}
              name={`volume_tiers.${index}.from`}
              render={({ field }) => (
                <Form.Item>
                  <Form.Label className="sr-only">
                    {t("distribution.commissionPlan.form.tierFromLabel", { number: index + 1, currency })}
                  </Form.Label>
                  <Form.Control>
                    <Input
                      {...field}
                      inputMode="decimal"
                      autoComplete="off"
                      // The first tier always starts at nothing sold.
                      disabled={index === 0}
                      data-testid={`commission-rule-tier-from-${index}`}
                    />
                  </Form.Control>
                  <Form.ErrorMessage />
                </Form.Item>
              )}
            />
            <Form.Field
              control={control}
              name={`volume_tiers.${index}.rate`}
              render={({ field }) => (
                <Form.Item>
                  <Form.Label className="sr-only">
                    {t("distribution.commissionPlan.form.tierRateLabel", { number: index + 1 })}
                  </Form.Label>
                  <Form.Control>
                    <Input
                      {...field}
                      inputMode="decimal"
                      autoComplete="off"
                      placeholder="5"
                      data-testid={`commission-rule-tier-rate-${index}`}
                    />
                  </Form.Control>
                  <Form.ErrorMessage />
                </Form.Item>
              )}
            />
            {index === 0 ? (
              <span />
            ) : (
              <IconButton
                size="small"
                variant="transparent"
                type="button"
                aria-label={t("distribution.commissionPlan.form.removeTier", { number: index + 1 })}
                onClick={() => remove(index)}
                data-testid={`commission-rule-tier-remove-${index}`}
              >
                <XMark />
              </IconButton>
            )}
          </div>
        ))}
      </div>
      {listError && (
        <Text size="small" className="text-ui-fg-error">
          {listError}
        </Text>
      )}
      <Button
        size="small"
        variant="secondary"
        type="button"
        className="w-fit"
        disabled={fields.length >= MAX_VOLUME_TIERS}
        onClick={() => append({ from: "", rate: "" })}
        data-testid="commission-rule-tier-add"
      >
        <Plus />
        {t("distribution.commissionPlan.form.addTier")}
      </Button>
    </fieldset>
  )
}
