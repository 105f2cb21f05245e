import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Input, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"

import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { CurrencySelect, useStoreCurrencyCodes } from "../../../../../components/inputs/currency-select"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import {
  useCreateCommissionAdjustment,
  useDealerBalance,
} from "../../../../../hooks/api/commission-ledger"
import { useIntlLocale } from "../../../../../hooks/common/use-intl-locale"
import { normalizeAmount, validateAdjustmentAmount } from "../../../../../lib/commission-figures"
import { currencyDecimals, formatMoney } from "../../../../../lib/format-money"
import { AdminDealer } from "../../../../../types/dealer"

const REASON_MIN = 3
const REASON_MAX = 500

/**
 * A manual ledger entry for the dealer: a signed amount (positive credits,
 * negative debits) in one currency, with the reason kept on the entry.
 */
export const DealerAdjustmentForm = ({ dealer }: { dealer: AdminDealer }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const { handleSuccess } = useRouteModal()
  const { balances } = useDealerBalance(dealer.id)
  const held = useMemo(
    () => (balances ?? []).map((balance) => balance.currency_code.toLowerCase()),
    [balances]
  )
  const { codes, defaultCode } = useStoreCurrencyCodes(held)

  const schema = useMemo(
    () =>
      z
        .object({
          amount: z.string(),
          currency_code: z.string().min(1, t("distribution.validation.required")),
          reason: z
            .string()
            .trim()
            .min(REASON_MIN, t("distribution.adjustment.validation.reasonMin", { min: REASON_MIN }))
            .max(REASON_MAX, t("distribution.validation.maxLength", { max: REASON_MAX })),
        })
        .superRefine(({ amount, currency_code }, ctx) => {
          const error = validateAdjustmentAmount(amount, currency_code)
          if (error) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: ["amount"],
              message: t(`distribution.adjustment.validation.${error}`, {
                decimals: currencyDecimals(currency_code || "cny"),
                currency: (currency_code || "cny").toUpperCase(),
              }),
            })
          }
        }),
    [t]
  )

  const form = useForm<z.infer<typeof schema>>({
    defaultValues: { amount: "", currency_code: "", reason: "" },
    resolver: zodResolver(schema),
  })

  // The dealer's first balance currency, else the store's default, once known.
  const preferred = held[0] ?? defaultCode
  useEffect(() => {
    if (preferred && !form.getValues("currency_code")) {
      form.setValue("currency_code", preferred)
    }
  }, [preferred, form])

  const currency = useWatch({ control: form.control, name: "currency_code" })
  const current = balances?.find((balance) => balance.currency_code.toLowerCase() === currency)

  const { mutate, isPending } = useCreateCommissionAdjustment()

  const onSubmit = form.handleSubmit(({ amount, currency_code, reason }) => {
    mutate(
      {
        dealer_id: dealer.id,
        amount: normalizeAmount(amount),
        currency_code,
        reason: reason.trim(),
      },
      {
        onSuccess: ({ entry }) => {
          toast.success(
            t("distribution.adjustment.success", {
              amount: formatMoney(entry.amount, entry.currency_code, locale, { signed: true }),
              code: dealer.code,
            })
          )
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
            {t("distribution.adjustment.hint", { code: dealer.code })}
          </Text>
          <Form.Field
            control={form.control}
            name="currency_code"
            render={({ field }) => (
              <Form.Item>
                <Form.Label>{t("distribution.adjustment.fields.currency")}</Form.Label>
                <Form.Control>
                  <CurrencySelect
                    value={field.value}
                    onChange={(value) => {
                      field.onChange(value)
                      // Re-check the amount's decimals against the new currency.
                      if (form.getValues("amount")) {
                        form.trigger("amount")
                      }
                    }}
                    currencies={codes}
                    testId="adjustment-currency"
                  />
                </Form.Control>
                {current && (
                  <Form.Hint>
                    {t("distribution.adjustment.currentBalance", {
                      available: formatMoney(current.available, currency, locale),
                      total: formatMoney(current.total, currency, locale),
                    })}
                  </Form.Hint>
                )}
                <Form.ErrorMessage />
              </Form.Item>
            )}
          />
          <Form.Field
            control={form.control}
            name="amount"
            render={({ field }) => (
              <Form.Item>
                <Form.Label>{t("distribution.adjustment.fields.amount")}</Form.Label>
                <Form.Control>
                  <Input
                    {...field}
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder={t("distribution.adjustment.placeholders.amount")}
                    data-testid="adjustment-amount"
                  />
                </Form.Control>
                <Form.Hint>{t("distribution.adjustment.amountHint")}</Form.Hint>
                <Form.ErrorMessage />
              </Form.Item>
            )}
          />
          <FormTextField
            control={form.control}
            name="reason"
            label={t("distribution.adjustment.fields.reason")}
            placeholder={t("distribution.adjustment.placeholders.reason")}
            multiline
            testId="adjustment-reason"
          />
        </RouteDrawer.Body>
        <DrawerFormFooter
          routed
          isPending={isPending}
          submitTestId="adjustment-submit"
          submitLabel={t("distribution.adjustment.submit")}
        />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
