import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm } from "@medusajs/dashboard/components"
import { Drawer, Switch, Text } from "@medusajs/ui"
import { useEffect, useMemo, useRef } from "react"
import { useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"

import { DrawerFormFooter } from "../../../../components/drawer-form-footer"
import { CategoryCombobox } from "../../../../components/inputs/category-combobox"
import { CollectionCombobox } from "../../../../components/inputs/collection-combobox"
import { FormTextField } from "../../../../components/inputs/form-text-field"
import { ProductCombobox } from "../../../../components/inputs/product-combobox"
import { useTiers } from "../../../../hooks/api/tiers"
import { useTierName } from "../../../../hooks/common/use-tier-name"
import { CommissionRuleInput, CommissionSettings } from "../../../../types/commission"
import {
  createRuleFormSchema,
  MONEY_TYPES,
  RATE_TYPES,
  RULE_SCOPES,
  RULE_TYPES,
  ruleFormDefaults,
  RuleFormValues,
  toRuleInputFromForm,
} from "./commission-rule-schema"
import { RuleSelectField } from "./rule-select-field"
import { RuleVolumeTiersField } from "./rule-volume-tiers-field"
import { TIER_QUERY } from "./use-describe-rule"
import { useScopeTitles } from "./use-scope-titles"
import { useStoreCurrencies } from "./use-store-currencies"

// Radix selects cannot hold "": the "any tier" choice stands for no tier.
const ANY_TIER = "__any__"

type CommissionRuleFormProps = {
  /** The rule to edit, or `null` to add one. */
  rule: CommissionRuleInput | null
  settings: CommissionSettings
  onSubmit: (rule: Omit<CommissionRuleInput, "id">) => void
}

/**
 * One rule of the plan. Submitting changes the draft only; the plan is
 * saved as a whole from the page.
 */
export const CommissionRuleForm = ({ rule, settings, onSubmit }: CommissionRuleFormProps) => {
  const { t } = useTranslation()
  const tierName = useTierName()
  const { tiers, isPending: tiersPending } = useTiers(TIER_QUERY)
  const { currencies, defaultCurrency } = useStoreCurrencies()

  const schema = useMemo(() => createRuleFormSchema(t, settings.max_levels), [t, settings.max_levels])
  const form = useForm<RuleFormValues>({
    defaultValues: ruleFormDefaults(rule, defaultCurrency),
    resolver: zodResolver(schema),
  })

  const [scopeType, scopeId, type, currencyCode] = useWatch({
    control: form.control,
    name: ["scope_type", "scope_id", "type", "currency_code"],
  })
  // A new kind of scope starts empty: a product id is no category.
  const previousScope = useRef(scopeType)
  useEffect(() => {
    if (previousScope.current !== scopeType) {
      previousScope.current = scopeType
      form.setValue("scope_id", "")
    }
  }, [scopeType, form])
  // The store's default currency may arrive after the form opened.
  useEffect(() => {
    if (defaultCurrency && !form.getValues("currency_code")) {
      form.setValue("currency_code", defaultCurrency)
    }
  }, [defaultCurrency, form])

  const scopeTitle = useScopeTitles(scopeId ? [{ scope_type: scopeType, scope_id: scopeId }] : [])
  const pickedTitle = scopeId ? scopeTitle({ scope_type: scopeType, scope_id: scopeId }) : undefined

  const levelOptions = useMemo(() => {
    // A saved rule above today's max_levels stays visible (and is refused).
    const highest = Math.max(settings.max_levels, rule?.level ?? 1)
    return Array.from({ length: highest }, (_, index) => {
      const level = index + 1
      return {
        value: String(level),
        label:
          level <= 3
            ? t(`distribution.commissionPlan.levels.${level}`)
            : t("distribution.commissionPlan.levels.other", { level }),
      }
    })
  }, [settings.max_levels, rule?.level, t])

  const tierOptions = useMemo(
    () => [
      { value: ANY_TIER, label: t("distribution.commissionPlan.anyTier") },
      ...(tiers ?? []).map((tier) => ({ value: tier.id, label: `${tierName(tier)} (${tier.code})` })),
      // A tier deleted since the rule was written still shows by its id.
      ...(rule?.tier_id && tiers && !tiers.some((tier) => tier.id === rule.tier_id)
        ? [{ value: rule.tier_id, label: rule.tier_id }]
        : []),
    ],
    [tiers, tierName, rule?.tier_id, t]
  )

  const currencyOptions = useMemo(
    () =>
      Array.from(new Set([...currencies, ...(currencyCode ? [currencyCode] : [])])).map((code) => ({
        value: code,
        label: code.toUpperCase(),
      })),
    [currencies, currencyCode]
  )

  const onFormSubmit = form.handleSubmit((values) => onSubmit(toRuleInputFromForm(values)))

  return (
    <Form {...form}>
      <KeyboundForm
        onSubmit={onFormSubmit}
        className="flex flex-1 flex-col overflow-hidden"
        data-testid="commission-rule-form"
      >
        <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.commissionPlan.form.draftHint")}
          </Text>
          <FormTextField
            control={form.control}
            name="name"
            label={t("distribution.commissionPlan.form.name")}
            placeholder={t("distribution.commissionPlan.form.namePlaceholder")}
            optional
            testId="commission-rule-name-input"
          />
          <RuleSelectField
            control={form.control}
            name="scope_type"
            label={t("distribution.commissionPlan.form.scope")}
            options={RULE_SCOPES.map((scope) => ({
              value: scope,
              label: t(`distribution.commissionPlan.scopes.${scope}`),
            }))}
            hint={t("distribution.commissionPlan.form.scopeHint")}
            testId="commission-rule-scope-type"
          />
          {scopeType !== "all" && (
            <Form.Field
              // Each kind of scope has its own picker, with its own search.
              key={scopeType}
              control={form.control}
              name="scope_id"
              render={({ field: { value, onChange } }) => (
                <Form.Item>
                  <Form.Label>{t(`distribution.commissionPlan.form.scopeEntity.${scopeType}`)}</Form.Label>
                  <Form.Control>
                    {scopeType === "product" ? (
                      <ProductCombobox
                        value={value || undefined}
                        onChange={(next) => onChange(next ?? "")}
                        testId="commission-rule-scope-product"
                      />
                    ) : scopeType === "collection" ? (
                      <CollectionCombobox
                        value={value || undefined}
                        onChange={(next) => onChange(next ?? "")}
                        testId="commission-rule-scope-collection"
                      />
                    ) : (
                      <CategoryCombobox
                        value={value || undefined}
                        onChange={(next) => onChange(next ?? "")}
                        testId="commission-rule-scope-category"
                      />
                    )}
                  </Form.Control>
                  {value && (
                    <Form.Hint data-testid="commission-rule-scope-picked">
                      {t("distribution.commissionPlan.form.picked", {
                        title: pickedTitle ?? t("distribution.common.loading"),
                      })}
                    </Form.Hint>
                  )}
                  <Form.ErrorMessage />
                </Form.Item>
              )}
            />
          )}
          <RuleSelectField
            control={form.control}
            name="tier_id"
            label={t("distribution.commissionPlan.form.tier")}
            options={tierOptions}
            emptyValue={ANY_TIER}
            disabled={tiersPending}
            placeholder={tiersPending ? t("distribution.common.loading") : undefined}
            hint={t("distribution.commissionPlan.form.tierHint")}
            testId="commission-rule-tier"
          />
          <RuleSelectField
            control={form.control}
            name="level"
            label={t("distribution.commissionPlan.form.level")}
            options={levelOptions}
            hint={t("distribution.commissionPlan.form.levelHint", { max: settings.max_levels })}
            testId="commission-rule-level"
          />
          <RuleSelectField
            control={form.control}
            name="type"
            label={t("distribution.commissionPlan.form.type")}
            options={RULE_TYPES.map((ruleType) => ({
              value: ruleType,
              label: t(`distribution.commissionPlan.types.${ruleType}`),
            }))}
            hint={t(`distribution.commissionPlan.typeHints.${type}`)}
            testId="commission-rule-type"
          />
          {RATE_TYPES.includes(type) && (
            <FormTextField
              control={form.control}
              name="rate"
              label={t("distribution.commissionPlan.form.rate")}
              hint={t(
                type === "differential"
                  ? "distribution.commissionPlan.form.differentialRateHint"
                  : "distribution.commissionPlan.form.rateHint"
              )}
              placeholder="5"
              testId="commission-rule-rate"
            />
          )}
          {MONEY_TYPES.includes(type) && (
            <RuleSelectField
              control={form.control}
              name="currency_code"
              label={t("distribution.commissionPlan.form.currency")}
              options={currencyOptions}
              hint={t("distribution.commissionPlan.form.currencyHint")}
              testId="commission-rule-currency"
            />
          )}
          {type === "fixed" && (
            <FormTextField
              control={form.control}
              name="amount"
              label={t("distribution.commissionPlan.form.amount", {
                currency: currencyCode.toUpperCase(),
              })}
              hint={t("distribution.commissionPlan.form.amountHint")}
              placeholder="10"
              testId="commission-rule-amount"
            />
          )}
          {type === "volume_tiers" && (
            <RuleVolumeTiersField
              control={form.control}
              currencyCode={currencyCode}
              timezone={settings.timezone}
            />
          )}
          <Form.Field
            control={form.control}
            name="is_active"
            render={({ field: { value, onChange } }) => (
              <Form.Item>
                <div className="flex items-center gap-x-3">
                  <Form.Control>
                    <Switch
                      checked={value}
                      onCheckedChange={onChange}
                      data-testid="commission-rule-active-input"
                    />
                  </Form.Control>
                  <Form.Label>{t("distribution.commissionPlan.form.active")}</Form.Label>
                </div>
                <Form.Hint>{t("distribution.commissionPlan.form.activeHint")}</Form.Hint>
              </Form.Item>
            )}
          />
        </Drawer.Body>
        <DrawerFormFooter
          isPending={false}
          submitTestId="commission-rule-submit"
          submitLabel={t(
            rule ? "distribution.commissionPlan.form.apply" : "distribution.commissionPlan.form.addToPlan"
          )}
        />
      </KeyboundForm>
    </Form>
  )
}
