import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm } from "@medusajs/dashboard/components"
import { Drawer, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { DrawerFormFooter } from "./drawer-form-footer"
import { z } from "zod"

import { useRebindCustomer } from "../hooks/api/customer-bindings"
import { AdminBindingDealer } from "../types/customer-binding"
import { DealerCombobox } from "./inputs/dealer-combobox"
import { FormTextField } from "./inputs/form-text-field"

type CustomerRebindFormProps = {
  customerId: string
  current: AdminBindingDealer | null
  onDone: () => void
}

/**
 * Binds the customer to another dealer, with the reason kept in the binding
 * history. The server's refusal (the same dealer, an inactive one, …) is
 * shown as it comes.
 */
export const CustomerRebindForm = ({ customerId, current, onDone }: CustomerRebindFormProps) => {
  const { t } = useTranslation()
  const schema = useMemo(
    () =>
      z.object({
        dealer_id: z.string().min(1, t("distribution.validation.required")),
        reason: z.string().trim().min(1, t("distribution.validation.required")).max(500, t("distribution.validation.maxLength", { max: 500 })),
      }),
    [t]
  )
  const form = useForm<z.infer<typeof schema>>({
    defaultValues: { dealer_id: "", reason: "" },
    resolver: zodResolver(schema),
  })
  const { mutate, isPending } = useRebindCustomer(customerId)

  const onSubmit = form.handleSubmit((values) => {
    mutate(
      { dealer_id: values.dealer_id, reason: values.reason.trim() },
      {
        onSuccess: ({ binding }) => {
          toast.success(t("distribution.binding.rebind.success", { code: binding?.dealer?.code ?? "" }))
          onDone()
        },
        onError: (error) => {
          toast.error(error.message)
        },
      }
    )
  })

  return (
    <Form {...form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" data-testid="customer-rebind-form">
        <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {current
              ? t("distribution.binding.rebind.hintCurrent", { code: current.code })
              : t("distribution.binding.rebind.hint")}
          </Text>
          <Form.Field
            control={form.control}
            name="dealer_id"
            render={({ field }) => (
              <Form.Item>
                <Form.Label>{t("distribution.binding.rebind.newDealer")}</Form.Label>
                <Form.Control>
                  <DealerCombobox
                    value={field.value || undefined}
                    onChange={(value) => field.onChange(value ?? "")}
                    excludeIds={current ? [current.id] : []}
                    testId="customer-rebind-dealer"
                  />
                </Form.Control>
                <Form.ErrorMessage />
              </Form.Item>
            )}
          />
          <FormTextField
            control={form.control}
            name="reason"
            label={t("distribution.fields.reason")}
            placeholder={t("distribution.binding.rebind.reasonPlaceholder")}
            multiline
            testId="customer-rebind-reason"
          />
        </Drawer.Body>
        <DrawerFormFooter isPending={isPending} submitTestId="customer-rebind-submit" submitLabel={t("distribution.binding.rebind.submit")} />
      </KeyboundForm>
    </Form>
  )
}
