import { ActionMenu } from "@medusajs/dashboard/components"
import { PencilSquare, Trash } from "@medusajs/icons"
import { toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useDeleteTier } from "../../../../hooks/api/tiers"
import { AdminDealerTier } from "../../../../types/tier"

type TierRowActionsProps = {
  tier: AdminDealerTier
  onEdit: (tier: AdminDealerTier) => void
}

/** Edit and delete for one tier; the server refuses to delete a tier with dealers. */
export const TierRowActions = ({ tier, onEdit }: TierRowActionsProps) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { mutate } = useDeleteTier(tier.id)

  const handleDelete = async () => {
    const confirmed = await prompt({
      title: t("distribution.tiers.delete.title", { code: tier.code }),
      description: t("distribution.tiers.delete.description"),
      confirmText: t("distribution.actions.delete"),
      cancelText: t("distribution.actions.cancel"),
    })
    if (!confirmed) {
      return
    }

    mutate(undefined, {
      onSuccess: () => {
        toast.success(t("distribution.tiers.delete.success", { code: tier.code }))
      },
      // e.g. the 400 "tier still has dealers", shown as the server words it.
      onError: (error) => {
        toast.error(error.message)
      },
    })
  }

  return (
    <ActionMenu
      groups={[
        {
          actions: [
            {
              label: t("distribution.actions.edit"),
              icon: <PencilSquare />,
              onClick: () => onEdit(tier),
            },
          ],
        },
        {
          actions: [
            {
              label: t("distribution.actions.delete"),
              icon: <Trash />,
              onClick: handleDelete,
            },
          ],
        },
      ]}
    />
  )
}
