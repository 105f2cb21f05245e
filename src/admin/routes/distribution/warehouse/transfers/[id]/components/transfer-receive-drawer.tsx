import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm } from "@medusajs/dashboard/components"
import { Drawer, Heading, Input, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"

import { DrawerFormFooter } from "../../../../../../components/drawer-form-footer"
import { useReceiveStockTransfer } from "../../../../../../hooks/api/stock-transfers"
import { StockTransfer } from "../../../../../../types/stock-transfer"
import { transferNumber } from "../../../components/display-number"

const NOTE_MAX = 500

type Props = { transfer: StockTransfer; onDone: () => void }

/**
 * What arrived, line by line (prefilled with what was sent). A line short of
 * its quantity is a discrepancy: the note says why (damaged, missing, …).
 */
const TransferReceiveForm = ({ transfer, onDone }: Props) => {
  const { t } = useTranslation()
  const lines = transfer.lines ?? []
  const schema = useMemo(
    () =>
      z
        .object({
          lines: z.array(
            z.object({
              line_id: z.string(),
              quantity: z.number(),
              received_quantity: z.string(),
              note: z.string().max(NOTE_MAX, t("distribution.validation.maxLength", { max: NOTE_MAX })),
            })
          ),
        })
        .superRefine((value, ctx) => {
          value.lines.forEach((line, index) => {
            const received = Number(line.received_quantity)
            if (line.received_quantity.trim() === "" || !Number.isInteger(received) || received < 0) {
              ctx.addIssue({
                code: z.ZodIssueCode.custom,
                path: ["lines", index, "received_quantity"],
                message: t("distribution.warehouse.validation.nonNegativeInteger"),
              })
            } else if (received > line.quantity) {
              ctx.addIssue({
                code: z.ZodIssueCode.custom,
                path: ["lines", index, "received_quantity"],
                message: t("distribution.warehouse.transfers.receive.overSent", { quantity: line.quantity }),
              })
            }
          })
        }),
    [t]
  )
  type Values = z.infer<typeof schema>
  const form = useForm<Values>({
    defaultValues: {
      lines: lines.map((line) => ({
        line_id: line.id,
        quantity: line.quantity,
        received_quantity: String(line.quantity),
        note: "",
      })),
    },
    resolver: zodResolver(schema),
  })
  const watched = useWatch({ control: form.control, name: "lines" })
  const short = (watched ?? []).reduce(
    (sum, line) => sum + Math.max(0, line.quantity - (Number(line.received_quantity) || 0)),
    0
  )
  const receive = useReceiveStockTransfer(transfer.id)

  const onSubmit = form.handleSubmit(({ lines: values }) => {
    receive.mutate(
      {
        lines: values.map((line) => ({
          line_id: line.line_id,
          received_quantity: Number(line.received_quantity),
          ...(line.note.trim() ? { note: line.note.trim() } : {}),
        })),
      },
      {
        onSuccess: () => {
          toast.success(
            t("distribution.warehouse.transfers.receive.success", { number: transferNumber(transfer.display_id) })
          )
          onDone()
        },
        onError: (error) => toast.error(error.message || t("distribution.common.unknownError")),
      }
    )
  })

  return (
    <Form {...form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          {lines.map((line, index) => {
            const received = Number(watched?.[index]?.received_quantity)
            const differs = Number.isFinite(received) && received !== line.quantity
            return (
              <div
                key={line.id}
                className="shadow-elevation-card-rest flex flex-col gap-y-2 rounded-md px-3 py-2"
                data-testid={`stock-transfer-receive-line-${line.sku ?? line.inventory_item_id}`}
              >
                <div className="flex items-start justify-between gap-x-3">
                  <div className="flex min-w-0 flex-col">
                    <Text size="small" weight="plus" className="truncate">
                      {line.sku}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {line.title}
                    </Text>
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle shrink-0">
                    {t("distribution.warehouse.transfers.receive.sent", { quantity: line.quantity })}
                  </Text>
                </div>
                <Form.Field
                  control={form.control}
                  name={`lines.${index}.received_quantity`}
                  render={({ field }) => (
                    <Form.Item>
                      <Form.Label>{t("distribution.warehouse.transfers.fields.received")}</Form.Label>
                      <Form.Control>
                        <Input
                          {...field}
                          type="number"
                          inputMode="numeric"
                          data-testid="stock-transfer-receive-quantity"
                        />
                      </Form.Control>
                      <Form.ErrorMessage />
                    </Form.Item>
                  )}
                />
                {differs && (
                  <Form.Field
                    control={form.control}
                    name={`lines.${index}.note`}
                    render={({ field }) => (
                      <Form.Item>
                        <Form.Label optional>{t("distribution.warehouse.transfers.fields.discrepancyNote")}</Form.Label>
                        <Form.Control>
                          <Input
                            {...field}
                            placeholder={t("distribution.warehouse.transfers.receive.notePlaceholder")}
                            data-testid="stock-transfer-receive-note"
                          />
                        </Form.Control>
                        <Form.ErrorMessage />
                      </Form.Item>
                    )}
                  />
                )}
              </div>
            )
          })}
          <Text
            size="small"
            className={short ? "text-ui-fg-error" : "text-ui-fg-subtle"}
            data-testid="stock-transfer-receive-summary"
          >
            {short
              ? t("distribution.warehouse.transfers.receive.shortSummary", { quantity: short })
              : t("distribution.warehouse.transfers.receive.fullSummary")}
          </Text>
        </Drawer.Body>
        <DrawerFormFooter
          isPending={receive.isPending}
          submitTestId="stock-transfer-receive-submit"
          submitLabel={t("distribution.warehouse.transfers.receive.submit")}
        />
      </KeyboundForm>
    </Form>
  )
}

type DrawerProps = { transfer: StockTransfer; open: boolean; onClose: () => void }

/** Receives a shipped transfer into its target location. */
export const TransferReceiveDrawer = ({ transfer, open, onClose }: DrawerProps) => {
  const { t } = useTranslation()

  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content data-testid="stock-transfer-receive-dialog">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>
              {t("distribution.warehouse.transfers.receive.title", { number: transferNumber(transfer.display_id) })}
            </Heading>
          </Drawer.Title>
          <Drawer.Description asChild>
            <Text size="small" className="text-ui-fg-subtle">
              {t("distribution.warehouse.transfers.receive.description", {
                to: transfer.to_location?.name ?? t("distribution.common.empty"),
              })}
            </Text>
          </Drawer.Description>
        </Drawer.Header>
        {open && <TransferReceiveForm key={transfer.id} transfer={transfer} onDone={onClose} />}
      </Drawer.Content>
    </Drawer>
  )
}
