import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm } from "@medusajs/dashboard/components"
import { Drawer, Heading, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"

import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { useMarkPayoutFailed, useMarkPayoutPaid } from "../../../../../hooks/api/payouts"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { useLastDefined } from "../../../../../hooks/common/use-last-defined"
import { formatMoney } from "../../../../../lib/format-money"
import { AdminPayout } from "../../../../../types/payout"

const TEXT_MAX = 500

export type PayoutSettlement = { payout: AdminPayout; outcome: "paid" | "failed" }

type PayoutSettleFormProps = PayoutSettlement & { onDone: () => void }

/** The bank reference of a payout paid by hand, or why it failed. */
const PayoutSettleForm = ({ payout, outcome, onDone }: PayoutSettleFormProps) => {
  const { t } = useTranslation()
  const code = payout.dealer?.code ?? payout.dealer_id
  const schema = useMemo(
    () =>
      z.object({
        text: z
          .string()
          .trim()
          .min(1, t("distribution.validation.required"))
          .max(TEXT_MAX, t("distribution.validation.maxLength", { max: TEXT_MAX })),
      }),
    [t]
  )
  const form = useForm<z.infer<typeof schema>>({
    defaultValues: { text: "" },
    resolver: zodResolver(schema),
  })
  const paid = useMarkPayoutPaid()
  const failed = useMarkPayoutFailed()
  const isPending = paid.isPending || failed.isPending

  const callbacks = {
    onSuccess: () => {
      toast.success(
        t(outcome === "paid" ? "distribution.payouts.markPaid.success" : "distribution.payouts.markFailed.success", {
          code,
        })
      )
      onDone()
    },
    onError: (error: Error) => toast.error(error.message || t("distribution.common.unknownError")),
  }

  const onSubmit = form.handleSubmit(({ text }) => {
    if (outcome === "paid") {
      paid.mutate({ id: payout.id, reference: text.trim() }, callbacks)
    } else {
      failed.mutate({ id: payout.id, reason: text.trim() }, callbacks)
    }
  })

  return (
    <Form {...form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          {outcome === "paid" ? (
            <FormTextField
              control={form.control}
              name="text"
              label={t("distribution.payouts.markPaid.reference")}
              placeholder={t("distribution.payouts.markPaid.referencePlaceholder")}
              testId="payout-mark-paid-reference"
            />
          ) : (
            <FormTextField
              control={form.control}
              name="text"
              label={t("distribution.payouts.markFailed.reason")}
              placeholder={t("distribution.payouts.markFailed.reasonPlaceholder")}
              multiline
              testId="payout-mark-failed-reason"
            />
          )}
        </Drawer.Body>
        <DrawerFormFooter
          isPending={isPending}
          submitTestId="payout-settle-submit"
          submitVariant={outcome === "paid" ? "primary" : "danger"}
          submitLabel={t(
            outcome === "paid" ? "distribution.payouts.markPaid.submit" : "distribution.payouts.markFailed.submit"
          )}
        />
      </KeyboundForm>
    </Form>
  )
}

type PayoutSettleDrawerProps = {
  /** The payout being settled by hand; `null` keeps the drawer closed. */
  settlement: PayoutSettlement | null
  onClose: () => void
}

/** Marks a hand-settled (manual provider) payout paid, with its reference, or failed, with why. */
export const PayoutSettleDrawer = ({ settlement, onClose }: PayoutSettleDrawerProps) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const shown = useLastDefined(settlement)
  const paid = shown?.outcome === "paid"
  const code = shown ? shown.payout.dealer?.code ?? shown.payout.dealer_id : ""

  return (
    <Drawer open={!!settlement} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="payout-settle-dialog" data-outcome={shown?.outcome}>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>
              {t(paid ? "distribution.payouts.markPaid.title" : "distribution.payouts.markFailed.title")}
            </Heading>
          </Drawer.Title>
          <Drawer.Description asChild>
            <Text size="small" className="text-ui-fg-subtle">
              {shown &&
                t(paid ? "distribution.payouts.markPaid.description" : "distribution.payouts.markFailed.description", {
                  code,
                  amount: formatMoney(shown.payout.amount, shown.payout.currency_code, locale),
                })}
            </Text>
          </Drawer.Description>
        </Drawer.Header>
        {shown && (
          <PayoutSettleForm
            key={`${shown.payout.id}:${shown.outcome}`}
            payout={shown.payout}
            outcome={shown.outcome}
            onDone={onClose}
          />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
