import { ActionMenu } from "@medusajs/dashboard/components"
import { ArrowPath, CheckCircle, Eye, Trash, XCircle, XMark } from "@medusajs/icons"
import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { ConfirmPrompt } from "../../../../../components/confirm-prompt"
import { PayoutCommand, usePayoutCommand } from "../../../../../hooks/api/payouts"
import { PayoutRowAction } from "../../../../../lib/payout-actions"
import { AdminPayout } from "../../../../../types/payout"

type PayoutRowActionsProps = {
  payout: AdminPayout
  /** What this payout allows (`payoutRowActions`), in menu order. */
  actions: PayoutRowAction[]
  /** Opens the drawer that marks a hand-settled payout paid or failed. */
  onSettle: (payout: AdminPayout, outcome: "paid" | "failed") => void
  /** Opens the payout's detail drawer (offered on every row). */
  onDetails: (payout: AdminPayout) => void
}

const LABELS: Record<PayoutRowAction, string> = {
  remove: "distribution.payouts.actions.remove",
  retry: "distribution.payouts.actions.retry",
  mark_paid: "distribution.payouts.actions.markPaid",
  mark_failed: "distribution.payouts.actions.markFailed",
  cancel_transfer: "distribution.payouts.actions.cancelTransfer",
  refresh: "distribution.payouts.actions.refresh",
}

const ICONS: Record<PayoutRowAction, JSX.Element> = {
  remove: <Trash />,
  retry: <ArrowPath />,
  mark_paid: <CheckCircle />,
  mark_failed: <XCircle />,
  cancel_transfer: <XMark />,
  refresh: <ArrowPath />,
}

/**
 * One payout's menu: details first (always there); remove and cancel transfer
 * ask first; retry and refresh act at once; mark paid / failed open a drawer
 * for the reference or reason. The server's refusal is shown as it words it.
 */
export const PayoutRowActions = ({ payout, actions, onSettle, onDetails }: PayoutRowActionsProps) => {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState<"remove" | "cancel" | null>(null)
  const { mutate, isPending } = usePayoutCommand()
  const code = payout.dealer?.code ?? payout.dealer_id

  const run = (command: PayoutCommand) => {
    setConfirming(null)
    mutate(
      { id: payout.id, command },
      {
        onSuccess: ({ payout: updated }) => {
          switch (command) {
            case "remove":
              return toast.success(t("distribution.payouts.remove.success", { code }))
            case "retry":
              return toast.success(t("distribution.payouts.retry.success", { code }))
            case "cancel":
              return toast.success(t("distribution.payouts.cancelTransfer.success", { code }))
            case "refresh":
              return toast.success(
                t("distribution.payouts.refresh.success", {
                  code,
                  status: t(`distribution.payouts.statuses.${updated.status}`, {
                    defaultValue: updated.status,
                  }),
                })
              )
          }
        },
        onError: (error) => toast.error(error.message || t("distribution.common.unknownError")),
      }
    )
  }

  const onAction = (action: PayoutRowAction) => {
    switch (action) {
      case "remove":
        return setConfirming("remove")
      case "cancel_transfer":
        return setConfirming("cancel")
      case "retry":
        return run("retry")
      case "refresh":
        return run("refresh")
      case "mark_paid":
        return onSettle(payout, "paid")
      case "mark_failed":
        return onSettle(payout, "failed")
    }
  }

  // Destructive ones (remove, cancel transfer) in a group of their own, last.
  const destructive = (action: PayoutRowAction) => action === "remove" || action === "cancel_transfer"
  const toItem = (action: PayoutRowAction) => ({
    label: t(LABELS[action]),
    icon: ICONS[action],
    onClick: () => onAction(action),
    disabled: isPending,
  })

  const details = {
    label: t("distribution.payouts.detail.payout.open"),
    icon: <Eye />,
    onClick: () => onDetails(payout),
  }

  // `payout-actions-<code>` and `data-actions` name the rows with something
  // to do (the server's actions); a row with only "Details" has neither, so a
  // dealer's old, retried payout doesn't answer for its retry.
  return (
    <div
      data-testid={actions.length ? `payout-actions-${code}` : undefined}
      data-actions={actions.length ? actions.join(" ") : undefined}
    >
      <ActionMenu
        groups={[
          { actions: [details, ...actions.filter((action) => !destructive(action)).map(toItem)] },
          { actions: actions.filter(destructive).map(toItem) },
        ].filter((group) => group.actions.length > 0)}
      />
      <ConfirmPrompt
        open={confirming === "remove"}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={t("distribution.payouts.remove.title", { code })}
        description={t("distribution.payouts.remove.description")}
        confirmText={t("distribution.payouts.remove.confirm")}
        onConfirm={() => run("remove")}
        testId="payout-remove-prompt"
      />
      <ConfirmPrompt
        open={confirming === "cancel"}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={t("distribution.payouts.cancelTransfer.title", { code })}
        description={t("distribution.payouts.cancelTransfer.description")}
        confirmText={t("distribution.payouts.cancelTransfer.confirm")}
        cancelText={t("distribution.payouts.cancelTransfer.keep")}
        onConfirm={() => run("cancel")}
        testId="payout-cancel-transfer-prompt"
      />
    </div>
  )
}
