import { ActionMenu } from "@medusajs/dashboard/components"
import {
  ArrowPath,
  ArrowUpDown,
  Pause,
  PencilSquare,
  Tag,
  XCircle,
} from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { DealerStatusBadge } from "../../../../../components/dealer-status-badge"
import { canApplyStatusAction } from "../../../../../lib/dealer-status-actions"
import { AdminDealerDetail, DealerStatusAction } from "../../../../../types/dealer"

const STATUS_ICONS: Record<DealerStatusAction, JSX.Element> = {
  suspend: <Pause />,
  reactivate: <ArrowPath />,
  terminate: <XCircle />,
}

/** Name, code and status of the dealer, with every action on it. */
export const DealerGeneralSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  const terminated = dealer.status === "terminated"

  const statusActions = (["suspend", "reactivate", "terminate"] as const)
    .filter((action) => canApplyStatusAction(dealer.status, action))
    .map((action) => ({
      label: t(`distribution.dealers.status.actions.${action}`),
      icon: STATUS_ICONS[action],
      to: `status?action=${action}`,
    }))

  return (
    <Container className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div className="flex flex-col">
        <Heading data-testid="dealer-detail-name">{dealer.display_name}</Heading>
        <Text size="small" className="text-ui-fg-subtle" data-testid="dealer-detail-code">
          {dealer.code}
        </Text>
      </div>
      <div className="flex items-center gap-x-2">
        <DealerStatusBadge status={dealer.status} />
        <ActionMenu
          groups={[
            {
              actions: [
                {
                  label: t("distribution.dealers.profile.edit"),
                  icon: <PencilSquare />,
                  to: "edit",
                },
                {
                  label: t("distribution.dealers.tier.change"),
                  icon: <Tag />,
                  to: "tier",
                  disabled: terminated,
                },
                {
                  label: t("distribution.dealers.upline.move"),
                  icon: <ArrowUpDown />,
                  to: "move",
                  disabled: terminated,
                },
              ],
            },
            { actions: statusActions },
          ]}
        />
      </div>
    </Container>
  )
}
