import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { z } from "zod"

import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { TierSelect } from "../../../../../components/inputs/tier-select"
import { useUpdateDealer } from "../../../../../hooks/api/dealers"
import { AdminDealer } from "../../../../../types/dealer"

/** Moves the dealer to another tier, with the reason kept in its history. */
export const DealerTierForm = ({ dealer }: { dealer: AdminDealer }) => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()

  const schema = useMemo(
    () =>
      z.object({
        tier_id: z
          .string()
          .min(1, t("distribution.validation.required"))
          .refine((id) => id !== dealer.tier_id, t("distribution.dealers.tier.unchanged")),
        reason: z.string(),
      }),
    [t, dealer.tier_id]
  )

  const form = useForm<z.infer<typeof schema>>({
    defaultValues: { tier_id: dealer.tier_id, reason: "" },
    resolver: zodResolver(schema),
  })

  const { mutate, isPending } = useUpdateDealer(dealer.id)

  const onSubmit = form.handleSubmit(({ tier_id, reason }) => {
    mutate(
      { tier_id, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          toast.success(t("distribution.dealers.tier.changed"))
          handleSuccess()
        },
        onError: (error) => {
          toast.error(error.message)
        },
      }
    )
  })

  return (
    <RouteDrawer.Form form={form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <RouteDrawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.dealers.tier.changeHint")}
          </Text>
          <Form.Field
            control={form.control}
            name="tier_id"
            render={({ field }) => (
              <Form.Item>
                <Form.Label>{t("distribution.fields.tier")}</Form.Label>
                <Form.Control>
                  <TierSelect value={field.value} onChange={field.onChange} testId="dealer-tier-select" />
                </Form.Control>
                <Form.ErrorMessage />
              </Form.Item>
            )}
          />
          <FormTextField
            control={form.control}
            name="reason"
            label={t("distribution.fields.reason")}
            placeholder={t("distribution.dealers.tier.reasonPlaceholder")}
            optional
            multiline
          />
        </RouteDrawer.Body>
        <DrawerFormFooter routed isPending={isPending} submitTestId="dealer-tier-submit" />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
