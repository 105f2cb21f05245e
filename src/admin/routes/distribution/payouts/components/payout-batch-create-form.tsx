import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Select, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"

import { DrawerFormFooter } from "../../../../components/drawer-form-footer"
import { CurrencySelect, useStoreCurrencyCodes } from "../../../../components/inputs/currency-select"
import { FormTextField } from "../../../../components/inputs/form-text-field"
import { usePayoutProviderLabel } from "../../../../components/payout-provider-label"
import { useCreatePayoutBatch, usePayoutProviders } from "../../../../hooks/api/payouts"
import { useIntlLocale } from "../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../lib/format-money"
import { summarizeSkipped } from "../../../../lib/payout-actions"

const NOTE_MAX = 500

/**
 * A draft batch for one currency and provider. The server picks the dealers
 * (available balance at least the minimum, a usable account); on success the
 * batch opens, and a toast says who was left out and why.
 */
export const PayoutBatchCreateForm = () => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const { handleSuccess } = useRouteModal()
  const { codes, defaultCode } = useStoreCurrencyCodes()
  const { providers, isPending: providersPending, isError: providersError, error } = usePayoutProviders()
  const providerLabel = usePayoutProviderLabel()

  const schema = useMemo(
    () =>
      z.object({
        currency_code: z.string().min(1, t("distribution.validation.required")),
        provider_id: z.string().min(1, t("distribution.validation.required")),
        note: z.string().trim().max(NOTE_MAX, t("distribution.validation.maxLength", { max: NOTE_MAX })),
      }),
    [t]
  )

  const form = useForm<z.infer<typeof schema>>({
    defaultValues: { currency_code: "", provider_id: "", note: "" },
    resolver: zodResolver(schema),
  })

  // The store's default currency, and the provider when there is only one.
  useEffect(() => {
    if (defaultCode && !form.getValues("currency_code")) {
      form.setValue("currency_code", defaultCode)
    }
  }, [defaultCode, form])
  useEffect(() => {
    if (providers?.length === 1 && !form.getValues("provider_id")) {
      form.setValue("provider_id", providers[0].id)
    }
  }, [providers, form])

  const currency = useWatch({ control: form.control, name: "currency_code" })
  const providerId = useWatch({ control: form.control, name: "provider_id" })
  const provider = providers?.find((candidate) => candidate.id === providerId)
  const minimum = currency ? provider?.minimum_amounts?.[currency.toLowerCase()] : undefined

  const { mutate, isPending } = useCreatePayoutBatch()

  const onSubmit = form.handleSubmit(({ currency_code, provider_id, note }) => {
    mutate(
      { currency_code, provider_id, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: ({ batch, skipped }) => {
          const reasons = summarizeSkipped(skipped ?? [])
            .map(({ reason, count }) => t(`distribution.payouts.skipReasons.${reason}`, { count }))
            .join(t("distribution.payouts.create.reasonSeparator"))
          toast.success(t("distribution.payouts.create.success", { count: batch.progress.total }), {
            description: reasons ? t("distribution.payouts.create.skipped", { reasons }) : undefined,
          })
          handleSuccess(`/distribution/payouts/${batch.id}`)
        },
        // e.g. the 400 "nobody qualifies", worded by the server.
        onError: (error) => {
          toast.error(error.message || t("distribution.common.unknownError"))
        },
      }
    )
  })

  return (
    <RouteDrawer.Form form={form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <RouteDrawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.payouts.create.hint")}
          </Text>
          <Form.Field
            control={form.control}
            name="currency_code"
            render={({ field }) => (
              <Form.Item>
                <Form.Label>{t("distribution.payouts.create.fields.currency")}</Form.Label>
                <Form.Control>
                  <CurrencySelect
                    value={field.value}
                    onChange={field.onChange}
                    currencies={codes}
                    testId="payout-batch-currency"
                  />
                </Form.Control>
                <Form.ErrorMessage />
              </Form.Item>
            )}
          />
          <Form.Field
            control={form.control}
            name="provider_id"
            render={({ field }) => (
              <Form.Item>
                <Form.Label>{t("distribution.payouts.create.fields.provider")}</Form.Label>
                <Form.Control>
                  <Select
                    value={field.value || undefined}
                    onValueChange={field.onChange}
                    disabled={providersPending || !providers?.length}
                  >
                    <Select.Trigger data-testid="payout-batch-provider">
                      <Select.Value placeholder={t("distribution.payouts.create.providerPlaceholder")} />
                    </Select.Trigger>
                    <Select.Content>
                      {(providers ?? []).map((option) => (
                        <Select.Item
                          key={option.id}
                          value={option.id}
                          data-testid={`payout-batch-provider-option-${option.id}`}
                        >
                          {providerLabel(option.id)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Form.Control>
                {providersError ? (
                  <Form.Hint className="text-ui-fg-error">
                    {error?.message || t("distribution.common.loadFailed")}
                  </Form.Hint>
                ) : !providersPending && !providers?.length ? (
                  <Form.Hint>{t("distribution.payouts.create.noProviders")}</Form.Hint>
                ) : (
                  provider && (
                    <Form.Hint data-testid="payout-batch-provider-hint">
                      {[
                        minimum && currency
                          ? t("distribution.payouts.create.providerMinimum", {
                              amount: formatMoney(minimum, currency, locale),
                            })
                          : null,
                        provider.settles_manually ? t("distribution.payouts.create.manualHint") : null,
                      ]
                        .filter(Boolean)
                        .join(" ")}
                    </Form.Hint>
                  )
                )}
                <Form.ErrorMessage />
              </Form.Item>
            )}
          />
          <FormTextField
            control={form.control}
            name="note"
            label={t("distribution.payouts.create.fields.note")}
            placeholder={t("distribution.payouts.create.notePlaceholder")}
            optional
            multiline
            testId="payout-batch-note"
          />
        </RouteDrawer.Body>
        <DrawerFormFooter
          routed
          isPending={isPending}
          submitTestId="payout-batch-submit"
          submitLabel={t("distribution.payouts.create.submit")}
        />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
