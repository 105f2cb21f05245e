import { zodResolver } from "@hookform/resolvers/zod"
import { Form, KeyboundForm } from "@medusajs/dashboard/components"
import { Drawer, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { DrawerFormFooter } from "../../../../components/drawer-form-footer"

import { FormTextField } from "../../../../components/inputs/form-text-field"
import { useCreateTier, useUpdateTier } from "../../../../hooks/api/tiers"
import { AdminDealerTier } from "../../../../types/tier"
import {
  createTierFormSchema,
  tierFormDefaults,
  TierFormValues,
  toTierPayload,
} from "./tier-form-schema"

type TierFormProps = {
  /** The tier to edit; without one the form creates a tier. */
  tier: AdminDealerTier | null
  onDone: () => void
}

export const TierForm = ({ tier, onDone }: TierFormProps) => {
  const { t } = useTranslation()
  const schema = useMemo(() => createTierFormSchema(t), [t])
  const form = useForm<TierFormValues>({
    defaultValues: tierFormDefaults(tier),
    resolver: zodResolver(schema),
  })

  const create = useCreateTier()
  // Only used when editing; the id is a placeholder otherwise.
  const update = useUpdateTier(tier?.id ?? "")
  const isPending = create.isPending || update.isPending

  const onSubmit = form.handleSubmit((values) => {
    const payload = toTierPayload(values)
    const callbacks = {
      onSuccess: ({ tier: saved }: { tier: AdminDealerTier }) => {
        toast.success(
          t(tier ? "distribution.tiers.updated" : "distribution.tiers.created", {
            code: saved.code,
          })
        )
        onDone()
      },
      onError: (error: Error) => {
        toast.error(error.message)
      },
    }

    if (tier) {
      update.mutate(payload, callbacks)
    } else {
      create.mutate(payload, callbacks)
    }
  })

  return (
    <Form {...form}>
      <KeyboundForm onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          <FormTextField
            control={form.control}
            name="code"
            label={t("distribution.fields.code")}
            hint={t("distribution.tiers.form.codeHint")}
            testId="tier-code"
          />
          <FormTextField
            control={form.control}
            name="name_en"
            label={t("distribution.fields.nameEn")}
            testId="tier-name-en"
          />
          <FormTextField
            control={form.control}
            name="name_zh"
            label={t("distribution.fields.nameZh")}
            testId="tier-name-zh"
          />
          <FormTextField
            control={form.control}
            name="rank"
            type="number"
            label={t("distribution.fields.rank")}
            hint={t("distribution.tiers.form.rankHint")}
            testId="tier-rank"
          />
          <FormTextField
            control={form.control}
            name="description"
            label={t("distribution.fields.description")}
            optional
            multiline
            testId="tier-description"
          />
        </Drawer.Body>
        <DrawerFormFooter isPending={isPending} submitTestId="tier-submit" />
      </KeyboundForm>
    </Form>
  )
}
