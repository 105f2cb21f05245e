import { zodResolver } from "@hookform/resolvers/zod"
import { KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Text, toast } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"

import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { FormTextField } from "../../../../../components/inputs/form-text-field"
import { useDealerPayoutAccounts, useSetDealerPayoutAccount } from "../../../../../hooks/api/payouts"
import { AdminDealer } from "../../../../../types/dealer"

const NAME_MAX = 200
const ACCOUNT_NUMBER = /^[A-Za-z0-9]{6,34}$/

/** The account number as sent: spaces and dashes people type for grouping removed. */
const compactAccountNumber = (value: string) => value.replace(/[\s-]+/g, "")

/**
 * Sets the dealer's bank account for the manual provider: bank, holder and
 * the full number (shown masked afterwards). The bank and holder of the
 * current account are filled in; the number is always typed again.
 */
export const DealerPayoutAccountForm = ({ dealer }: { dealer: AdminDealer }) => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const { payout_accounts } = useDealerPayoutAccounts(dealer.id)
  const current = payout_accounts?.find((account) => account.provider_id === "manual")

  const schema = useMemo(() => {
    const name = z
      .string()
      .trim()
      .min(1, t("distribution.validation.required"))
      .max(NAME_MAX, t("distribution.validation.maxLength", { max: NAME_MAX }))
    return z.object({
      bank_name: name,
      account_holder: name,
      account_number: z
        .string()
        .trim()
        .min(1, t("distribution.validation.required"))
        .refine((value) => ACCOUNT_NUMBER.test(compactAccountNumber(value)), {
          message: t("distribution.payoutAccounts.form.accountNumberFormat"),
        }),
    })
  }, [t])

  const form = useForm<z.infer<typeof schema>>({
    defaultValues: { bank_name: "", account_holder: "", account_number: "" },
    resolver: zodResolver(schema),
  })

  useEffect(() => {
    if (current && !form.formState.isDirty) {
      form.reset({
        bank_name: current.bank_name ?? "",
        account_holder: current.account_holder ?? "",
        account_number: "",
      })
    }
  }, [current, form])

  const { mutate, isPending } = useSetDealerPayoutAccount(dealer.id)

  const onSubmit = form.handleSubmit(({ bank_name, account_holder, account_number }) => {
    mutate(
      {
        bank_name: bank_name.trim(),
        account_holder: account_holder.trim(),
        account_number: compactAccountNumber(account_number),
      },
      {
        onSuccess: () => {
          toast.success(t("distribution.payoutAccounts.form.success", { code: dealer.code }))
          handleSuccess()
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
            {t("distribution.payoutAccounts.form.hint")}
          </Text>
          <FormTextField
            control={form.control}
            name="bank_name"
            label={t("distribution.payoutAccounts.fields.bankName")}
            placeholder={t("distribution.payoutAccounts.form.bankNamePlaceholder")}
            testId="payout-account-bank-name"
          />
          <FormTextField
            control={form.control}
            name="account_holder"
            label={t("distribution.payoutAccounts.fields.accountHolder")}
            placeholder={t("distribution.payoutAccounts.form.accountHolderPlaceholder")}
            testId="payout-account-holder"
          />
          <FormTextField
            control={form.control}
            name="account_number"
            label={t("distribution.payoutAccounts.fields.accountNumber")}
            placeholder={
              current?.account_number_masked ?? t("distribution.payoutAccounts.form.accountNumberPlaceholder")
            }
            hint={t("distribution.payoutAccounts.form.accountNumberHint")}
            testId="payout-account-number"
          />
        </RouteDrawer.Body>
        <DrawerFormFooter
          routed
          isPending={isPending}
          submitTestId="payout-account-submit"
          submitLabel={t("distribution.payoutAccounts.form.submit")}
        />
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}
