import { zodResolver } from "@hookform/resolvers/zod"
import { KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { z } from "zod"

import { useUpdateDealer } from "../../../../../hooks/api/dealers"
import { AdminDealer } from "../../../../../types/dealer"
import { DealerProfileFields } from "../../components/dealer-profile-form/dealer-profile-fields"
import {
  dealerProfileDefaults,
  DealerProfileFormValues,
  dealerProfileShape,
  refineContractDates,
  toDealerProfilePayload,
} from "../../components/dealer-profile-form/dealer-profile-schema"

/** Edits the dealer's profile and contract; only changed fields are sent. */
export const DealerEditForm = ({ dealer }: { dealer: AdminDealer }) => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const schema = useMemo(
    () => z.object(dealerProfileShape(t)).superRefine(refineContractDates(t)),
    [t]
  )

  const form = useForm<DealerProfileFormValues>({
    defaultValues: dealerProfileDefaults(dealer),
    resolver: zodResolver(schema),
  })

  const { mutate, isPending } = useUpdateDealer(dealer.id)

  const onSubmit = form.handleSubmit((values) => {
    const dirty = form.formState.dirtyFields as Partial<
      Record<keyof DealerProfileFormValues, boolean>
    >
    const changed = Object.fromEntries(
      Object.entries(values).filter(([key]) => dirty[key as keyof DealerProfileFormValues])
    ) as Partial<DealerProfileFormValues>

    if (!Object.keys(changed).length) {
      handleSuccess()
      return
    }

    mutate(toDealerProfilePayload(changed), {
      onSuccess: () => {
        toast.success(t("distribution.dealers.profile.updated"))
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
        data-testid="dealer-edit-form"
      >
        <RouteDrawer.Body className="flex flex-1 flex-col overflow-y-auto">
          <DealerProfileFields control={form.control} />
        </RouteDrawer.Body>
        <DrawerFormFooter routed isPending={isPending} submitTestId="dealer-edit-submit" />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
