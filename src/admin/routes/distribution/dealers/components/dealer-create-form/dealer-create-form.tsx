import { zodResolver } from "@hookform/resolvers/zod"
import {
  Form,
  KeyboundForm,
  RouteFocusModal,
  useRouteModal,
} from "@medusajs/dashboard/components"
import { Button, Divider, Heading, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"

import { CustomerCombobox } from "../../../../../components/inputs/customer-combobox"
import { DealerCombobox } from "../../../../../components/inputs/dealer-combobox"
import { FormFieldLabel } from "../../../../../components/inputs/form-field-label"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { TierSelect } from "../../../../../components/inputs/tier-select"
import { useCreateDealer } from "../../../../../hooks/api/dealers"
import { DealerProfileFields } from "../dealer-profile-form/dealer-profile-fields"
import {
  dealerProfileDefaults,
  toDealerProfilePayload,
} from "../dealer-profile-form/dealer-profile-schema"
import {
  createDealerCreateSchema,
  DealerCreateFormValues,
} from "./dealer-create-schema"

export const DealerCreateForm = () => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const schema = useMemo(() => createDealerCreateSchema(t), [t])

  const form = useForm<DealerCreateFormValues>({
    defaultValues: {
      customer_id: "",
      tier_id: "",
      parent_id: undefined,
      code: "",
      ...dealerProfileDefaults(),
    },
    resolver: zodResolver(schema),
  })

  const { mutate, isPending } = useCreateDealer()

  const onSubmit = form.handleSubmit((values) => {
    const { customer_id, tier_id, parent_id, code, ...profile } = values
    const { display_name, ...optionalProfile } =
      toDealerProfilePayload(profile)

    // Blank optional fields are left out: the API fills in its defaults.
    const filled = Object.fromEntries(
      Object.entries(optionalProfile).filter(([, value]) => value !== null)
    )

    mutate(
      {
        ...filled,
        customer_id,
        tier_id,
        parent_id: parent_id || null,
        code: code.trim() || undefined,
        display_name: display_name as string,
      },
      {
        onSuccess: ({ dealer }) => {
          toast.success(
            t("distribution.dealers.create.success", { code: dealer.code })
          )
          handleSuccess(`/distribution/dealers/${dealer.id}`)
        },
        onError: (error) => {
          toast.error(error.message)
        },
      }
    )
  })

  return (
    <RouteFocusModal.Form form={form}>
      <KeyboundForm
        onSubmit={onSubmit}
        className="flex h-full flex-col overflow-hidden"
        data-testid="dealer-create-form"
      >
        <RouteFocusModal.Header />
        <RouteFocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto">
          <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-2 py-16">
            <div>
              <RouteFocusModal.Title asChild>
                <Heading>{t("distribution.dealers.create.title")}</Heading>
              </RouteFocusModal.Title>
              <RouteFocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("distribution.dealers.create.description")}
                </Text>
              </RouteFocusModal.Description>
            </div>
            <div className="flex flex-col gap-y-4">
              <Form.Field
                control={form.control}
                name="customer_id"
                render={({ field }) => (
                  <Form.Item>
                    <Form.Label>{t("distribution.fields.customer")}</Form.Label>
                    <Form.Control>
                      <CustomerCombobox
                        value={field.value}
                        onChange={(value) => field.onChange(value ?? "")}
                        testId="dealer-customer"
                      />
                    </Form.Control>
                    <Form.Hint>
                      {t("distribution.dealers.create.customerHint")}
                    </Form.Hint>
                    <Form.ErrorMessage />
                  </Form.Item>
                )}
              />
              <Form.Field
                control={form.control}
                name="tier_id"
                render={({ field }) => (
                  <Form.Item>
                    <Form.Label>{t("distribution.fields.tier")}</Form.Label>
                    <Form.Control>
                      <TierSelect
                        value={field.value}
                        onChange={field.onChange}
                        testId="dealer-tier"
                      />
                    </Form.Control>
                    <Form.Hint>
                      {t("distribution.dealers.create.tierHint")}
                    </Form.Hint>
                    <Form.ErrorMessage />
                  </Form.Item>
                )}
              />
              <Form.Field
                control={form.control}
                name="parent_id"
                render={({ field }) => (
                  <Form.Item>
                    <FormFieldLabel optional>{t("distribution.fields.upline")}</FormFieldLabel>
                    <Form.Control>
                      <DealerCombobox
                        value={field.value}
                        onChange={field.onChange}
                        testId="dealer-upline"
                      />
                    </Form.Control>
                    <Form.Hint>
                      {t("distribution.dealers.create.uplineHint")}
                    </Form.Hint>
                    <Form.ErrorMessage />
                  </Form.Item>
                )}
              />
              <FormTextField
                control={form.control}
                name="code"
                label={t("distribution.fields.code")}
                hint={t("distribution.dealers.create.codeHint")}
                optional
                testId="dealer-code"
              />
            </div>
            <Divider variant="dashed" />
            <DealerProfileFields control={form.control} />
          </div>
        </RouteFocusModal.Body>
        <RouteFocusModal.Footer>
          <div className="flex items-center justify-end gap-x-2">
            <RouteFocusModal.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("distribution.actions.cancel")}
              </Button>
            </RouteFocusModal.Close>
            <Button
              size="small"
              type="submit"
              isLoading={isPending}
              data-testid="dealer-create-submit"
            >
              {t("distribution.actions.create")}
            </Button>
          </div>
        </RouteFocusModal.Footer>
      </KeyboundForm>
    </RouteFocusModal.Form>
  )
}
