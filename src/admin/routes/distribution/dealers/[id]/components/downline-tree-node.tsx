import { TriangleDownMini, TriangleRightMini } from "@medusajs/icons"
import { IconButton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { DealerStatusBadge } from "../../../../../components/dealer-status-badge"
import { useTierName } from "../../../../../hooks/common/use-tier-name"
import { AdminDealerDownlineNode } from "../../../../../types/dealer"

/** One dealer of the downline tree; its own downline opens on demand. */
export const DownlineTreeNode = ({ node }: { node: AdminDealerDownlineNode }) => {
  const { t } = useTranslation()
  const tierName = useTierName()
  const [expanded, setExpanded] = useState(false)
  const children = node.children ?? []
  const hasChildren = children.length > 0

  return (
    <li data-testid={`downline-node-${node.code}`}>
      <div className="flex items-center gap-x-2 py-1.5">
        {hasChildren ? (
          <IconButton
            size="2xsmall"
            variant="transparent"
            type="button"
            aria-expanded={expanded}
            aria-label={
              expanded
                ? t("distribution.actions.collapse")
                : t("distribution.actions.expand")
            }
            onClick={() => setExpanded((open) => !open)}
          >
            {expanded ? <TriangleDownMini /> : <TriangleRightMini />}
          </IconButton>
        ) : (
          <span className="size-6 shrink-0" aria-hidden />
        )}
        <Link
          to={`/distribution/dealers/${node.id}`}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small-plus"
        >
          {node.code}
        </Link>
        <Text size="small" className="truncate">
          {node.display_name}
        </Text>
        {node.tier && (
          <Text size="small" className="text-ui-fg-subtle">
            {tierName(node.tier)}
          </Text>
        )}
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("distribution.dealers.downline.level", { level: node.level })}
        </Text>
        <DealerStatusBadge status={node.status} testId="downline-status-badge" />
      </div>
      {hasChildren && expanded && (
        <ul className="border-ui-border-base ml-3 border-l pl-3">
          {children.map((child) => (
            <DownlineTreeNode key={child.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  )
}
