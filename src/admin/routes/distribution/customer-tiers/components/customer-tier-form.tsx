import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm } from "@medusajs/dashboard/components"
import { Plus, Trash } from "@medusajs/icons"
import { Button, Drawer, Heading, IconButton, Input, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useFieldArray, useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"

import { DrawerFormFooter } from "../../../../components/drawer-form-footer"
import { FormTextField } from "../../../../components/inputs/form-text-field"
import { useCreateCustomerTier, useUpdateCustomerTier } from "../../../../hooks/api/customer-insights"
import { CustomerTier } from "../../../../types/customer-insights"
import {
  createCustomerTierFormSchema,
  customerTierFormDefaults,
  CustomerTierFormValues,
  emptyRule,
  toCustomerTierPayload,
} from "./customer-tier-form-schema"

type RuleField = "window_months" | "min_spend" | "currency_code" | "min_orders"

/**
 * A tier and its rules. A tier's rules are alternatives (any one qualifies);
 * inside a rule, every condition filled in must hold.
 */
export const CustomerTierForm = ({ tier, onDone }: { tier: CustomerTier | null; onDone: () => void }) => {
  const { t } = useTranslation()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.customerTiers.${key}`, options)
  const schema = useMemo(() => createCustomerTierFormSchema(t), [t])
  const form = useForm<CustomerTierFormValues>({
    defaultValues: customerTierFormDefaults(tier),
    resolver: zodResolver(schema),
  })
  const rules = useFieldArray({ control: form.control, name: "rules" })
  const create = useCreateCustomerTier()
  const update = useUpdateCustomerTier(tier?.id ?? "")
  const isPending = create.isPending || update.isPending

  const onSubmit = form.handleSubmit((values) => {
    const callbacks = {
      onSuccess: ({ tier: saved }: { tier: CustomerTier }) => {
        toast.success(k(tier ? "updated" : "created", { code: saved.code }))
        onDone()
      },
      onError: (error: Error) => toast.error(error.message),
    }
    const payload = toCustomerTierPayload(values)
    if (tier) update.mutate(payload, callbacks)
    else create.mutate(payload, callbacks)
  })

  const ruleInput = (index: number, field: RuleField, placeholder: string, width: string) => (
    <Form.Field
      control={form.control}
      name={`rules.${index}.${field}`}
      render={({ field: input }) => (
        <Form.Item className={width}>
          <Form.Control>
            <Input size="small" placeholder={placeholder} {...input} data-testid={`customer-tier-rule-${index}-${field}`} />
          </Form.Control>
          <Form.ErrorMessage />
        </Form.Item>
      )}
    />
  )

  return (
    <Form {...form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          <FormTextField control={form.control} name="code" label={k("fields.code")} hint={k("form.codeHint")} testId="customer-tier-code" />
          <FormTextField control={form.control} name="name_en" label={k("fields.nameEn")} testId="customer-tier-name-en" />
          <FormTextField control={form.control} name="name_zh" label={k("fields.nameZh")} testId="customer-tier-name-zh" />
          <FormTextField
            control={form.control}
            name="rank"
            type="number"
            label={k("fields.rank")}
            hint={k("form.rankHint")}
            testId="customer-tier-rank"
          />
          <FormTextField control={form.control} name="description" label={k("fields.description")} optional multiline testId="customer-tier-description" />
          <div className="flex flex-col gap-y-2">
            <div className="flex items-center justify-between">
              <Heading level="h3">{k("rules.title")}</Heading>
              <Button
                size="small"
                variant="secondary"
                type="button"
                onClick={() => rules.append(emptyRule(form.getValues("rules.0.currency_code") ?? ""))}
                data-testid="customer-tier-add-rule"
              >
                <Plus />
                {k("rules.add")}
              </Button>
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {k("rules.hint")}
            </Text>
            {!rules.fields.length && (
              <Text size="small" className="text-ui-fg-muted">
                {k("rules.none")}
              </Text>
            )}
            {rules.fields.map((field, index) => (
              <div key={field.id} className="flex flex-col gap-y-1 rounded-md border px-3 py-2" data-testid={`customer-tier-rule-${index}`}>
                <div className="flex items-center justify-between">
                  <Text size="xsmall" weight="plus">
                    {index === 0 ? k("rules.first") : k("rules.or")}
                  </Text>
                  <IconButton size="small" variant="transparent" type="button" onClick={() => rules.remove(index)} aria-label={k("rules.remove")}>
                    <Trash />
                  </IconButton>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  <Text size="small" className="pt-1.5">
                    {k("rules.last")}
                  </Text>
                  {ruleInput(index, "window_months", "12", "w-16")}
                  <Text size="small" className="pt-1.5">
                    {k("rules.months")}
                  </Text>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  <Text size="small" className="pt-1.5">
                    {k("rules.spend")}
                  </Text>
                  {ruleInput(index, "min_spend", "5000", "w-28")}
                  {ruleInput(index, "currency_code", "CNY", "w-20")}
                  <Text size="small" className="pt-1.5">
                    {k("rules.and")}
                  </Text>
                  <Text size="small" className="pt-1.5">
                    {k("rules.orders")}
                  </Text>
                  {ruleInput(index, "min_orders", "10", "w-20")}
                </div>
              </div>
            ))}
          </div>
        </Drawer.Body>
        <DrawerFormFooter isPending={isPending} submitTestId="customer-tier-submit" />
      </KeyboundForm>
    </Form>
  )
}

/** The tier form in a drawer: `tier` null creates one. */
export const CustomerTierFormDrawer = ({ open, tier, onClose }: { open: boolean; tier: CustomerTier | null; onClose: () => void }) => {
  const { t } = useTranslation()
  const title = t(tier ? "distribution.customerTiers.form.editTitle" : "distribution.customerTiers.form.createTitle")
  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content data-testid="customer-tier-form-dialog">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{title}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">{title}</Drawer.Description>
        </Drawer.Header>
        <CustomerTierForm key={tier?.id ?? "new"} tier={tier} onDone={onClose} />
      </Drawer.Content>
    </Drawer>
  )
}
