import { TriangleDownMini, TriangleRightMini } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { GraphCardData } from "./graph-flow-types"

/**
 * The card's open/closed hint ("▸ 4" / "▾ Hide"), or what went wrong
 * loading its children, with a retry.
 */
export const GraphNodeToggle = ({ data }: { data: GraphCardData }) => {
  const { t } = useTranslation()
  const { node, open, loading, error, onRetry } = data

  if (error) {
    return (
      <button
        type="button"
        className="nodrag nopan text-ui-fg-error txt-compact-xsmall-plus hover:underline"
        onClick={(event) => {
          event.stopPropagation()
          onRetry(node.id)
        }}
        title={error}
        data-testid={`graph-node-retry-${node.code ?? node.id}`}
      >
        {t("distribution.graph.loadChildrenFailed")}
      </button>
    )
  }

  if (loading) {
    return (
      <Text size="xsmall" className="text-ui-fg-muted">
        {t("distribution.common.loading")}
      </Text>
    )
  }

  return (
    <span className="text-ui-fg-subtle txt-compact-xsmall-plus flex items-center gap-x-0.5">
      {open ? <TriangleDownMini /> : <TriangleRightMini />}
      {open
        ? t("distribution.graph.hideChildren")
        : t("distribution.graph.showChildren", { total: node.children_total })}
    </span>
  )
}
