import { KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Text, toast, usePrompt } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"

import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { useChangeDealerStatus } from "../../../../../hooks/api/dealers"
import { AdminDealer, DealerStatusAction } from "../../../../../types/dealer"

type DealerStatusFormProps = {
  dealer: AdminDealer
  action: DealerStatusAction
}

/** Asks for the reason, then for confirmation, then suspends/reactivates/terminates. */
export const DealerStatusForm = ({ dealer, action }: DealerStatusFormProps) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { handleSuccess } = useRouteModal()
  const form = useForm<{ reason: string }>({ defaultValues: { reason: "" } })
  const { mutate, isPending } = useChangeDealerStatus(dealer.id)

  const onSubmit = form.handleSubmit(async ({ reason }) => {
    const confirmed = await prompt({
      title: t("distribution.dealers.status.confirm.title"),
      description: t(`distribution.dealers.status.confirm.${action}`, { code: dealer.code }),
      confirmText: t(`distribution.dealers.status.actions.${action}`),
      cancelText: t("distribution.actions.cancel"),
      variant: action === "terminate" ? "danger" : "confirmation",
    })
    if (!confirmed) {
      return
    }

    mutate(
      { action, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          toast.success(t(`distribution.dealers.status.success.${action}`))
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
            {t(`distribution.dealers.status.hints.${action}`)}
          </Text>
          <FormTextField
            control={form.control}
            name="reason"
            label={t("distribution.fields.reason")}
            placeholder={t("distribution.dealers.status.reasonPlaceholder")}
            optional
            multiline
            testId="dealer-status-reason"
          />
        </RouteDrawer.Body>
        <DrawerFormFooter routed isPending={isPending} submitTestId="dealer-status-submit" submitLabel={t(`distribution.dealers.status.actions.${action}`)} submitVariant={action === "terminate" ? "danger" : "primary"} />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
