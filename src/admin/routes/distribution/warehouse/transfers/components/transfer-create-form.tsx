import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Trash } from "@medusajs/icons"
import { IconButton, Input, Label, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useFieldArray, useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"

import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { useCreateStockTransfer } from "../../../../../hooks/api/stock-transfers"
import { LocationFormField } from "../../components/location-select"
import { InventoryItemPicker } from "./inventory-item-picker"

const NOTE_MAX = 500

/**
 * A draft transfer: the source and target locations, then items found at the
 * source with the quantity to send (at most what is available there — the
 * server checks again when it ships). On success the transfer opens.
 */
export const TransferCreateForm = () => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()

  const schema = useMemo(
    () =>
      z
        .object({
          from_location_id: z.string().min(1, t("distribution.validation.required")),
          to_location_id: z.string().min(1, t("distribution.validation.required")),
          note: z.string().trim().max(NOTE_MAX, t("distribution.validation.maxLength", { max: NOTE_MAX })),
          lines: z
            .array(
              z.object({
                inventory_item_id: z.string(),
                sku: z.string().nullable(),
                title: z.string().nullable(),
                available: z.number(),
                quantity: z.string(),
              })
            )
            .min(1, t("distribution.warehouse.transfers.create.noLines")),
        })
        .superRefine((value, ctx) => {
          if (value.from_location_id && value.from_location_id === value.to_location_id) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: ["to_location_id"],
              message: t("distribution.warehouse.transfers.create.sameLocation"),
            })
          }
          value.lines.forEach((line, index) => {
            const quantity = Number(line.quantity)
            if (!Number.isInteger(quantity) || quantity < 1) {
              ctx.addIssue({
                code: z.ZodIssueCode.custom,
                path: ["lines", index, "quantity"],
                message: t("distribution.warehouse.validation.positiveInteger"),
              })
            } else if (quantity > line.available) {
              ctx.addIssue({
                code: z.ZodIssueCode.custom,
                path: ["lines", index, "quantity"],
                message: t("distribution.warehouse.transfers.create.overAvailable", {
                  available: line.available,
                }),
              })
            }
          })
        }),
    [t]
  )
  type Values = z.infer<typeof schema>

  const form = useForm<Values>({
    defaultValues: { from_location_id: "", to_location_id: "", note: "", lines: [] },
    resolver: zodResolver(schema),
  })
  const lines = useFieldArray({ control: form.control, name: "lines" })
  const fromId = useWatch({ control: form.control, name: "from_location_id" })
  const toId = useWatch({ control: form.control, name: "to_location_id" })
  const watchedLines = useWatch({ control: form.control, name: "lines" })
  const total = (watchedLines ?? []).reduce((sum, line) => sum + (Number(line.quantity) || 0), 0)

  const { mutate, isPending } = useCreateStockTransfer()

  const onSubmit = form.handleSubmit(({ from_location_id, to_location_id, note, lines }) => {
    mutate(
      {
        from_location_id,
        to_location_id,
        ...(note.trim() ? { note: note.trim() } : {}),
        lines: lines.map((line) => ({
          inventory_item_id: line.inventory_item_id,
          quantity: Number(line.quantity),
        })),
      },
      {
        onSuccess: ({ transfer }) => {
          toast.success(t("distribution.warehouse.transfers.create.success"))
          handleSuccess(`/distribution/warehouse/transfers/${transfer.id}`)
        },
        // e.g. an item no longer stocked at the source, worded by the server.
        onError: (error) => toast.error(error.message || t("distribution.common.unknownError")),
      }
    )
  })

  const linesError = form.formState.errors.lines?.root?.message ?? form.formState.errors.lines?.message

  return (
    <RouteDrawer.Form form={form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <RouteDrawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.warehouse.transfers.create.hint")}
          </Text>
          <LocationFormField
            control={form.control}
            name="from_location_id"
            label={t("distribution.warehouse.transfers.fields.from")}
            excludeId={toId}
            // Items and availability belong to the source: start over.
            onPick={(value, previous) => {
              if (value !== previous) {
                form.setValue("lines", [])
              }
            }}
            testId="stock-transfer-from"
          />
          <LocationFormField
            control={form.control}
            name="to_location_id"
            label={t("distribution.warehouse.transfers.fields.to")}
            excludeId={fromId}
            testId="stock-transfer-to"
          />
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus">
              {t("distribution.warehouse.transfers.create.items")}
            </Label>
            <InventoryItemPicker
              locationId={fromId}
              addedIds={(watchedLines ?? []).map((line) => line.inventory_item_id)}
              onAdd={(item) =>
                lines.append({
                  inventory_item_id: item.inventory_item_id,
                  sku: item.sku,
                  title: item.title,
                  available: item.available_quantity,
                  quantity: "1",
                })
              }
            />
          </div>
          <div className="flex flex-col gap-y-2" data-testid="stock-transfer-lines">
            <div className="flex items-center justify-between">
              <Label size="small" weight="plus">
                {t("distribution.warehouse.transfers.create.lines", { count: lines.fields.length })}
              </Label>
              <Text size="small" className="text-ui-fg-subtle tabular-nums" data-testid="stock-transfer-lines-total">
                {t("distribution.warehouse.transfers.create.total", { quantity: total })}
              </Text>
            </div>
            {!lines.fields.length ? (
              <Text size="small" className="text-ui-fg-muted">
                {t("distribution.warehouse.transfers.create.noLinesYet")}
              </Text>
            ) : (
              lines.fields.map((line, index) => (
                <Form.Field
                  key={line.id}
                  control={form.control}
                  name={`lines.${index}.quantity`}
                  render={({ field }) => (
                    <Form.Item>
                      <div
                        className="flex items-center gap-x-3"
                        data-testid={`stock-transfer-line-${line.sku ?? line.inventory_item_id}`}
                      >
                        <div className="flex min-w-0 flex-1 flex-col">
                          <Text size="small" weight="plus" className="truncate">
                            {line.sku}
                          </Text>
                          <Text size="xsmall" className="text-ui-fg-subtle truncate">
                            {line.title} ·{" "}
                            {t("distribution.warehouse.transfers.create.availableShort", {
                              available: line.available,
                            })}
                          </Text>
                        </div>
                        <Form.Control>
                          <Input
                            {...field}
                            type="number"
                            // No min/max: the browser's own validation would
                            // block the submit before ours says what is wrong.
                            inputMode="numeric"
                            className="w-24"
                            aria-label={t("distribution.warehouse.transfers.fields.quantity")}
                            data-testid="stock-transfer-line-quantity"
                          />
                        </Form.Control>
                        <IconButton
                          size="small"
                          variant="transparent"
                          type="button"
                          onClick={() => lines.remove(index)}
                          aria-label={t("distribution.warehouse.transfers.create.remove")}
                          data-testid="stock-transfer-line-remove"
                        >
                          <Trash />
                        </IconButton>
                      </div>
                      <Form.ErrorMessage />
                    </Form.Item>
                  )}
                />
              ))
            )}
            {linesError && (
              <Text size="small" className="text-ui-fg-error" data-testid="stock-transfer-lines-error">
                {linesError}
              </Text>
            )}
          </div>
          <FormTextField
            control={form.control}
            name="note"
            label={t("distribution.warehouse.transfers.fields.note")}
            optional
            multiline
            testId="stock-transfer-note"
          />
        </RouteDrawer.Body>
        <DrawerFormFooter
          routed
          isPending={isPending}
          submitTestId="stock-transfer-submit"
          submitLabel={t("distribution.warehouse.transfers.create.submit")}
        />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
