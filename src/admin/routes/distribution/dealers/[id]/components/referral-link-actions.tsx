import { ActionMenu } from "@medusajs/dashboard/components"
import { ArrowDownTray, Pause, PlayMiniSolid } from "@medusajs/icons"
import { toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import {
  useDownloadReferralQr,
  useUpdateReferralLink,
} from "../../../../../hooks/api/referral-links"
import { AdminReferralLink, ReferralQrFormat } from "../../../../../types/referral-link"

/** Pause or resume a link, and download its QR code as PNG or SVG. */
export const ReferralLinkActions = ({ link }: { link: AdminReferralLink }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const update = useUpdateReferralLink(link.id)
  const download = useDownloadReferralQr()
  const paused = link.status === "paused"

  const setStatus = async () => {
    if (!paused) {
      const confirmed = await prompt({
        title: t("distribution.links.pause.title", { code: link.code }),
        description: t("distribution.links.pause.description"),
        confirmText: t("distribution.links.actions.pause"),
        cancelText: t("distribution.actions.cancel"),
      })
      if (!confirmed) {
        return
      }
    }
    update.mutate(
      { status: paused ? "active" : "paused" },
      {
        onSuccess: ({ link: updated }) => {
          toast.success(
            t(updated.status === "paused" ? "distribution.links.pause.success" : "distribution.links.resume.success", {
              code: updated.code,
            })
          )
        },
        onError: (error) => toast.error(error.message),
      }
    )
  }

  const downloadQr = (format: ReferralQrFormat) =>
    download.mutate({ link, format }, { onError: (error) => toast.error(error.message) })

  return (
    <div data-testid={`referral-link-actions-${link.code}`}>
      <ActionMenu
        groups={[
          {
            actions: [
              paused
                ? { label: t("distribution.links.actions.resume"), icon: <PlayMiniSolid />, onClick: setStatus, disabled: update.isPending }
                : { label: t("distribution.links.actions.pause"), icon: <Pause />, onClick: setStatus, disabled: update.isPending },
            ],
          },
          {
            actions: [
              { label: t("distribution.links.actions.downloadPng"), icon: <ArrowDownTray />, onClick: () => downloadQr("png") },
              { label: t("distribution.links.actions.downloadSvg"), icon: <ArrowDownTray />, onClick: () => downloadQr("svg") },
            ],
          },
        ]}
      />
    </div>
  )
}
