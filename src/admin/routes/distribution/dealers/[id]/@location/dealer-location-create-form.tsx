import { zodResolver } from "@hookform/resolvers/zod"
import { KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"

import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { useCreateDealerLocation } from "../../../../../hooks/api/dealer-warehouses"

type Values = {
  name: string
  address_1: string
  address_2?: string
  city: string
  province?: string
  postal_code?: string
  country_code: string
  phone?: string
}

const optional = (value?: string) => (value && value.trim() ? value.trim() : undefined)

/** Creates a Medusa stock location with its address and links it to the dealer. */
export const DealerLocationCreateForm = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const schema = useMemo(() => {
    const required = z.string().trim().min(1, t("distribution.dealerWarehouses.form.required"))
    return z.object({
      name: required,
      address_1: required,
      address_2: z.string().optional(),
      city: required,
      province: z.string().optional(),
      postal_code: z.string().optional(),
      country_code: z
        .string()
        .trim()
        .regex(/^[a-zA-Z]{2}$/, t("distribution.dealerWarehouses.form.countryCode")),
      phone: z.string().optional(),
    })
  }, [t])

  const form = useForm<Values>({
    defaultValues: { name: "", address_1: "", city: "", country_code: "CN" },
    resolver: zodResolver(schema),
  })
  const { mutate, isPending } = useCreateDealerLocation(dealerId)

  const onSubmit = form.handleSubmit((values) => {
    mutate(
      {
        name: values.name.trim(),
        address: {
          address_1: values.address_1.trim(),
          address_2: optional(values.address_2),
          city: values.city.trim(),
          province: optional(values.province),
          postal_code: optional(values.postal_code),
          country_code: values.country_code.trim().toLowerCase(),
          phone: optional(values.phone),
        },
      },
      {
        onSuccess: ({ location }) => {
          toast.success(t("distribution.dealerWarehouses.created", { name: location.name }))
          handleSuccess()
        },
        onError: (error) => toast.error(error.message),
      }
    )
  })

  const f = (name: keyof Values, optionalField = false) => (
    <FormTextField
      control={form.control}
      name={name}
      label={t(`distribution.dealerWarehouses.form.${name}`)}
      optional={optionalField}
      testId={`dealer-location-${name}`}
    />
  )

  return (
    <RouteDrawer.Form form={form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden" data-testid="dealer-location-form">
        <RouteDrawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          {f("name")}
          {f("address_1")}
          {f("address_2", true)}
          <div className="grid grid-cols-2 gap-4">
            {f("city")}
            {f("province", true)}
            {f("postal_code", true)}
            {f("country_code")}
          </div>
          {f("phone", true)}
        </RouteDrawer.Body>
        <DrawerFormFooter routed isPending={isPending} submitTestId="dealer-location-submit" submitLabel={t("distribution.dealerWarehouses.form.submit")} />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
