import { zodResolver } from "@hookform/resolvers/zod"
import { KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"

import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { useCreateStockCount } from "../../../../../hooks/api/stock-counts"
import { LocationFormField } from "../../components/location-select"

const TEXT_MAX = 500

/**
 * A count of one location: the server snapshots the stocked quantity of every
 * item there (or of those whose SKU or title matches the filter); the count
 * opens for entry.
 */
export const CountCreateForm = () => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const schema = useMemo(
    () =>
      z.object({
        location_id: z.string().min(1, t("distribution.validation.required")),
        q: z.string().trim().max(200, t("distribution.validation.maxLength", { max: 200 })),
        note: z.string().trim().max(TEXT_MAX, t("distribution.validation.maxLength", { max: TEXT_MAX })),
      }),
    [t]
  )
  const form = useForm<z.infer<typeof schema>>({
    defaultValues: { location_id: "", q: "", note: "" },
    resolver: zodResolver(schema),
  })
  const { mutate, isPending } = useCreateStockCount()

  const onSubmit = form.handleSubmit(({ location_id, q, note }) => {
    mutate(
      {
        location_id,
        ...(q.trim() ? { q: q.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: ({ count }) => {
          toast.success(t("distribution.warehouse.counts.create.success", { lines: count.totals.lines }))
          handleSuccess(`/distribution/warehouse/counts/${count.id}`)
        },
        onError: (error) => toast.error(error.message || t("distribution.common.unknownError")),
      }
    )
  })

  return (
    <RouteDrawer.Form form={form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <RouteDrawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.warehouse.counts.create.hint")}
          </Text>
          <LocationFormField
            control={form.control}
            name="location_id"
            label={t("distribution.warehouse.counts.fields.location")}
            testId="stock-count-location"
          />
          <FormTextField
            control={form.control}
            name="q"
            label={t("distribution.warehouse.counts.create.filter")}
            hint={t("distribution.warehouse.counts.create.filterHint")}
            optional
            testId="stock-count-filter"
          />
          <FormTextField
            control={form.control}
            name="note"
            label={t("distribution.warehouse.counts.fields.note")}
            optional
            multiline
            testId="stock-count-note"
          />
        </RouteDrawer.Body>
        <DrawerFormFooter
          routed
          isPending={isPending}
          submitTestId="stock-count-submit"
          submitLabel={t("distribution.warehouse.counts.create.submit")}
        />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
