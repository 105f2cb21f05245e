import { zodResolver } from "@hookform/resolvers/zod"
import { KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Text, toast } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"

import { FormDateField } from "../../../../../components/inputs/form-date-field"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { useCreateReferralLink } from "../../../../../hooks/api/referral-links"
import { AdminDealer } from "../../../../../types/dealer"
import {
  referralLinkCreateDefaults,
  referralLinkCreateSchema,
  ReferralLinkCreateValues,
  toCreateReferralLinkPayload,
} from "./referral-link-create-schema"
import { ReferralLinkTargetFields } from "./referral-link-target-fields"

/** Creates a campaign link for the dealer; the server picks its code. */
export const ReferralLinkCreateForm = ({ dealer }: { dealer: AdminDealer }) => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const schema = useMemo(() => referralLinkCreateSchema(t), [t])

  const form = useForm<ReferralLinkCreateValues>({
    defaultValues: referralLinkCreateDefaults,
    resolver: zodResolver(schema),
  })
  // A new kind of target starts empty: a product id is no collection.
  const targetType = useWatch({ control: form.control, name: "target_type" })
  useEffect(() => {
    form.setValue("target_id", undefined)
  }, [targetType, form])

  const { mutate, isPending } = useCreateReferralLink(dealer.id)

  const onSubmit = form.handleSubmit((values) => {
    mutate(toCreateReferralLinkPayload(values), {
      onSuccess: ({ link }) => {
        toast.success(t("distribution.links.create.success", { code: link.code }))
        handleSuccess()
      },
      onError: (error) => {
        toast.error(error.message)
      },
    })
  })

  return (
    <RouteDrawer.Form form={form}>
      <KeyboundForm
        onSubmit={onSubmit}
        className="flex flex-1 flex-col overflow-hidden"
        data-testid="referral-link-create-form"
      >
        <RouteDrawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.links.create.description", { code: dealer.code })}
          </Text>
          <FormTextField
            control={form.control}
            name="name"
            label={t("distribution.links.fields.name")}
            placeholder={t("distribution.links.create.namePlaceholder")}
            testId="referral-link-name"
          />
          <ReferralLinkTargetFields control={form.control} />
          <FormDateField
            control={form.control}
            name="expires_on"
            label={t("distribution.links.fields.validUntil")}
            optional
          />
        </RouteDrawer.Body>
        <DrawerFormFooter routed isPending={isPending} submitTestId="referral-link-create-submit" submitLabel={t("distribution.actions.create")} />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
