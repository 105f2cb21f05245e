import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Label, Switch, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { z } from "zod"

import { DealerCombobox } from "../../../../../components/inputs/dealer-combobox"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { useMoveDealer } from "../../../../../hooks/api/dealers"
import { AdminDealer } from "../../../../../types/dealer"

/**
 * Re-parents the dealer (with its downline). The server enforces the tree
 * rules (no cycles, maximum depth) and its message is shown as it comes.
 */
export const DealerMoveForm = ({ dealer }: { dealer: AdminDealer }) => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()

  const schema = useMemo(
    () =>
      z
        .object({
          under_producer: z.boolean(),
          parent_id: z.string().optional(),
          reason: z.string(),
        })
        .superRefine((values, ctx) => {
          if (!values.under_producer && !values.parent_id) {
            ctx.addIssue({
              code: "custom",
              path: ["parent_id"],
              message: t("distribution.validation.required"),
            })
          }
        }),
    [t]
  )

  const form = useForm<z.infer<typeof schema>>({
    defaultValues: {
      under_producer: !dealer.parent_id,
      parent_id: dealer.parent_id ?? undefined,
      reason: "",
    },
    resolver: zodResolver(schema),
  })
  const underProducer = useWatch({ control: form.control, name: "under_producer" })

  const { mutate, isPending } = useMoveDealer(dealer.id)

  const onSubmit = form.handleSubmit((values) => {
    mutate(
      {
        parent_id: values.under_producer ? null : values.parent_id!,
        reason: values.reason.trim() || undefined,
      },
      {
        onSuccess: () => {
          toast.success(t("distribution.dealers.upline.moved"))
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
            {t("distribution.dealers.upline.moveHint")}
          </Text>
          <Form.Field
            control={form.control}
            name="under_producer"
            render={({ field: { value, onChange } }) => (
              <Form.Item>
                <div className="flex items-center gap-x-3">
                  <Form.Control>
                    <Switch
                      checked={value}
                      onCheckedChange={onChange}
                      data-testid="dealer-move-under-producer"
                    />
                  </Form.Control>
                  <Label size="small" weight="plus">
                    {t("distribution.dealers.upline.placeUnderProducer")}
                  </Label>
                </div>
              </Form.Item>
            )}
          />
          {!underProducer && (
            <Form.Field
              control={form.control}
              name="parent_id"
              render={({ field }) => (
                <Form.Item>
                  <Form.Label>{t("distribution.dealers.upline.newUpline")}</Form.Label>
                  <Form.Control>
                    <DealerCombobox
                      value={field.value}
                      onChange={field.onChange}
                      excludeIds={[dealer.id]}
                      testId="dealer-move-upline"
                    />
                  </Form.Control>
                  <Form.ErrorMessage />
                </Form.Item>
              )}
            />
          )}
          <FormTextField
            control={form.control}
            name="reason"
            label={t("distribution.fields.reason")}
            placeholder={t("distribution.dealers.upline.reasonPlaceholder")}
            optional
            multiline
          />
        </RouteDrawer.Body>
        <DrawerFormFooter routed isPending={isPending} submitTestId="dealer-move-submit" />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
