import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm } from "@medusajs/dashboard/components"
import { Drawer, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { DrawerFormFooter } from "../../../../components/drawer-form-footer"
import { z } from "zod"

import { DealerCombobox } from "../../../../components/inputs/dealer-combobox"
import { FormFieldLabel } from "../../../../components/inputs/form-field-label"
import { FormTextField } from "../../../../components/inputs/form-text-field"
import { TierSelect } from "../../../../components/inputs/tier-select"
import { useApproveApplication } from "../../../../hooks/api/applications"
import { OPTIONAL_DEALER_CODE_PATTERN } from "../../../../lib/dealer-code-pattern"
import {
  AdminApproveDealerApplication,
  AdminDealerApplication,
} from "../../../../types/application"
import { ApplicationSummary } from "./application-summary"
import { ApproveUplineModeField } from "./approve-upline-mode-field"

type ApproveApplicationFormProps = {
  application: AdminDealerApplication
  onDone: () => void
}

/** Optional overrides for the dealer an approval creates; blanks keep the request. */
export const ApproveApplicationForm = ({ application, onDone }: ApproveApplicationFormProps) => {
  const { t } = useTranslation()

  const schema = useMemo(
    () =>
      z
        .object({
          tier_id: z.string(),
          upline_mode: z.enum(["applicant", "producer", "dealer"]),
          parent_id: z.string().optional(),
          code: z
            .string()
            .trim()
            .regex(OPTIONAL_DEALER_CODE_PATTERN, t("distribution.validation.dealerCode")),
          display_name: z.string(),
        })
        .superRefine((values, ctx) => {
          if (values.upline_mode === "dealer" && !values.parent_id) {
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
      tier_id: application.requested_tier_id ?? "",
      upline_mode: "applicant",
      parent_id: undefined,
      code: "",
      display_name: "",
    },
    resolver: zodResolver(schema),
  })
  const uplineMode = useWatch({ control: form.control, name: "upline_mode" })

  const { mutate, isPending } = useApproveApplication(application.id)

  const onSubmit = form.handleSubmit((values) => {
    const body: AdminApproveDealerApplication = {}
    if (values.tier_id && values.tier_id !== application.requested_tier_id) {
      body.tier_id = values.tier_id
    }
    if (values.upline_mode === "producer") {
      body.parent_id = null
    } else if (values.upline_mode === "dealer") {
      body.parent_id = values.parent_id
    }
    if (values.code.trim()) {
      body.code = values.code.trim()
    }
    if (values.display_name.trim()) {
      body.display_name = values.display_name.trim()
    }

    mutate(body, {
      onSuccess: ({ dealer }) => {
        toast.success(t("distribution.applications.approve.success", { code: dealer.code }))
        onDone()
      },
      onError: (error) => {
        toast.error(error.message)
      },
    })
  })

  return (
    <Form {...form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          <ApplicationSummary application={application} />
          <Form.Field
            control={form.control}
            name="tier_id"
            render={({ field }) => (
              <Form.Item>
                <FormFieldLabel optional>{t("distribution.fields.tier")}</FormFieldLabel>
                <Form.Control>
                  <TierSelect value={field.value} onChange={field.onChange} testId="approve-tier" />
                </Form.Control>
                <Form.Hint>{t("distribution.applications.approve.tierHint")}</Form.Hint>
                <Form.ErrorMessage />
              </Form.Item>
            )}
          />
          <ApproveUplineModeField
            control={form.control}
            desiredParentCode={application.desired_parent_code}
          />
          {uplineMode === "dealer" && (
            <Form.Field
              control={form.control}
              name="parent_id"
              render={({ field }) => (
                <Form.Item>
                  <Form.Label>{t("distribution.dealers.upline.newUpline")}</Form.Label>
                  <Form.Control>
                    <DealerCombobox value={field.value} onChange={field.onChange} testId="approve-upline" />
                  </Form.Control>
                  <Form.ErrorMessage />
                </Form.Item>
              )}
            />
          )}
          <FormTextField
            control={form.control}
            name="code"
            label={t("distribution.fields.code")}
            hint={t("distribution.applications.approve.codeHint")}
            optional
            testId="approve-code"
          />
          <FormTextField
            control={form.control}
            name="display_name"
            label={t("distribution.fields.displayName")}
            hint={t("distribution.applications.approve.displayNameHint")}
            optional
            testId="approve-display-name"
          />
        </Drawer.Body>
        <DrawerFormFooter isPending={isPending} submitTestId="approve-submit" submitLabel={t("distribution.applications.approve.submit")} />
      </KeyboundForm>
    </Form>
  )
}
