import { Button, Drawer, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { CurrencySelect, useStoreCurrencyCodes } from "../../../../components/inputs/currency-select"
import { TierSelect } from "../../../../components/inputs/tier-select"
import { useCreateTierRule, useUpdateTierRule } from "../../../../hooks/api/performance"
import { TierRule } from "../../../../types/performance"
import { draftErrors, draftOf, emptyDraft, inputOf, TierRuleDraft } from "./tier-rule-form"

type Props = { open: boolean; onOpenChange: (open: boolean) => void; rule?: TierRule | null }

/** Creates or edits a tier rule. */
export const TierRuleDrawer = ({ open, onOpenChange, rule }: Props) => {
  const { t } = useTranslation()
  const { codes, defaultCode } = useStoreCurrencyCodes(rule ? [rule.currency_code] : [])
  const [draft, setDraft] = useState<TierRuleDraft>(() => (rule ? draftOf(rule) : emptyDraft(defaultCode ?? "cny")))
  const [submitted, setSubmitted] = useState(false)
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.tierRules.${key}`, options)

  useEffect(() => {
    if (open) {
      setDraft(rule ? draftOf(rule) : emptyDraft(defaultCode ?? "cny"))
      setSubmitted(false)
    }
  }, [open, rule, defaultCode])

  const done = () => {
    toast.success(rule ? k("toasts.updated") : k("toasts.created"))
    onOpenChange(false)
  }
  const fail = (e: Error) => toast.error(e.message)
  const create = useCreateTierRule({ onSuccess: done, onError: fail })
  const update = useUpdateTierRule(rule?.id ?? "", { onSuccess: done, onError: fail })
  const errors = submitted ? draftErrors(draft) : {}
  const set = <K extends keyof TierRuleDraft>(key: K, value: TierRuleDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    setSubmitted(true)
    if (Object.keys(draftErrors(draft)).length) return
    const input = inputOf(draft)
    if (rule) update.mutate(input)
    else create.mutate(input)
  }

  const field = (name: keyof TierRuleDraft, label: string, control: React.ReactNode, hint?: string) => (
    <div className="flex flex-col gap-y-1">
      <Label size="small" weight="plus">
        {label}
      </Label>
      {control}
      {errors[name] ? (
        <Text size="xsmall" className="text-ui-fg-error">
          {k(`errors.${errors[name]}`)}
        </Text>
      ) : hint ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      ) : null}
    </div>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="tier-rule-drawer">
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{rule ? k("edit") : k("create")}</Drawer.Title>
            <Drawer.Description>{k("drawerHint")}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {field(
              "direction",
              k("fields.direction"),
              <Select value={draft.direction} onValueChange={(v) => set("direction", v as TierRuleDraft["direction"])}>
                <Select.Trigger data-testid="tier-rule-direction">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="upgrade">{k("directions.upgrade")}</Select.Item>
                  <Select.Item value="downgrade">{k("directions.downgrade")}</Select.Item>
                </Select.Content>
              </Select>,
              draft.direction === "upgrade" ? k("hints.upgrade") : k("hints.downgrade")
            )}
            {field("from_tier_id", k("fields.fromTier"), <TierSelect value={draft.from_tier_id} onChange={(v) => set("from_tier_id", v)} testId="tier-rule-from" />)}
            {field("to_tier_id", k("fields.toTier"), <TierSelect value={draft.to_tier_id} onChange={(v) => set("to_tier_id", v)} testId="tier-rule-to" />)}
            {field(
              "window_months",
              k("fields.windowMonths"),
              <Input size="small" type="number" min={1} max={36} value={draft.window_months} onChange={(e) => set("window_months", e.target.value)} data-testid="tier-rule-window" />,
              k("hints.windowMonths")
            )}
            <div className="grid grid-cols-[1fr_110px] gap-x-2">
              {field(
                "min_sales",
                k("fields.minSales"),
                <Input size="small" inputMode="decimal" value={draft.min_sales} onChange={(e) => set("min_sales", e.target.value)} data-testid="tier-rule-min-sales" />,
                k("hints.minSales")
              )}
              {field(
                "currency_code",
                k("fields.currency"),
                <CurrencySelect value={draft.currency_code} onChange={(v) => set("currency_code", v)} currencies={codes} testId="tier-rule-currency" />
              )}
            </div>
            {field(
              "min_active_customers",
              k("fields.minActiveCustomers"),
              <Input size="small" type="number" min={0} value={draft.min_active_customers} onChange={(e) => set("min_active_customers", e.target.value)} data-testid="tier-rule-min-customers" />,
              k("hints.minActiveCustomers")
            )}
            {field(
              "min_downline_sales",
              k("fields.minDownlineSales"),
              <Input size="small" inputMode="decimal" value={draft.min_downline_sales} placeholder={t("distribution.common.optional")} onChange={(e) => set("min_downline_sales", e.target.value)} data-testid="tier-rule-min-downline" />,
              k("hints.minDownlineSales")
            )}
            {field(
              "description",
              k("fields.description"),
              <Textarea value={draft.description} onChange={(e) => set("description", e.target.value)} data-testid="tier-rule-description" />
            )}
            <div className="flex items-center gap-x-2">
              <Switch id="tier-rule-active" checked={draft.active} onCheckedChange={(v) => set("active", v)} data-testid="tier-rule-active" />
              <Label htmlFor="tier-rule-active" size="small">
                {k("fields.active")}
              </Label>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <div className="flex items-center justify-end gap-x-2">
              <Drawer.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  {t("distribution.actions.cancel")}
                </Button>
              </Drawer.Close>
              <Button size="small" type="submit" isLoading={create.isPending || update.isPending} data-testid="tier-rule-submit">
                {t("distribution.actions.save")}
              </Button>
            </div>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
