import { zodResolver } from "@hookform/resolvers/zod"
import { KeyboundForm, Form } from "@medusajs/dashboard/components"
import { Drawer, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { DrawerFormFooter } from "../../../../components/drawer-form-footer"
import { z } from "zod"

import { FormTextField } from "../../../../components/inputs/form-text-field"
import { useRejectApplication } from "../../../../hooks/api/applications"
import { AdminDealerApplication } from "../../../../types/application"
import { ApplicationSummary } from "./application-summary"

type RejectApplicationFormProps = {
  application: AdminDealerApplication
  onDone: () => void
}

/** Rejects with a reason the applicant will see; the reason is required. */
export const RejectApplicationForm = ({ application, onDone }: RejectApplicationFormProps) => {
  const { t } = useTranslation()
  const schema = useMemo(
    () => z.object({ reason: z.string().trim().min(1, t("distribution.validation.required")) }),
    [t]
  )
  const form = useForm<z.infer<typeof schema>>({
    defaultValues: { reason: "" },
    resolver: zodResolver(schema),
  })
  const { mutate, isPending } = useRejectApplication(application.id)

  const onSubmit = form.handleSubmit(({ reason }) => {
    mutate(
      { reason: reason.trim() },
      {
        onSuccess: () => {
          toast.success(t("distribution.applications.reject.success"))
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
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          <ApplicationSummary application={application} />
          <FormTextField
            control={form.control}
            name="reason"
            label={t("distribution.fields.reason")}
            placeholder={t("distribution.applications.reject.reasonPlaceholder")}
            multiline
            testId="reject-reason"
          />
        </Drawer.Body>
        <DrawerFormFooter isPending={isPending} submitTestId="reject-submit" submitLabel={t("distribution.applications.reject.submit")} submitVariant="danger" />
      </KeyboundForm>
    </Form>
  )
}
