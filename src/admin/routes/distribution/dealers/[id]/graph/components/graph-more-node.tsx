import { EllipsisHorizontal } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { Handle, NodeProps, Position } from "@xyflow/react"
import { useTranslation } from "react-i18next"

import { GraphMoreFlowNode } from "./graph-flow-types"

/** "N more" after a parent's loaded children; a click loads the next page. */
export const GraphMoreNode = ({ data, width, height }: NodeProps<GraphMoreFlowNode>) => {
  const { t } = useTranslation()
  const { parentId, remaining, loading, onLoadMore } = data

  return (
    <button
      type="button"
      disabled={loading}
      onClick={() => onLoadMore(parentId)}
      style={{ width, height }}
      className="bg-ui-bg-subtle hover:bg-ui-bg-subtle-hover border-ui-border-strong text-ui-fg-subtle flex items-center justify-center gap-x-1.5 rounded-lg border border-dashed outline-none disabled:cursor-wait"
      data-testid={`graph-more-${parentId}`}
    >
      <Handle type="target" position={Position.Left} className="!pointer-events-none !opacity-0" isConnectable={false} />
      <EllipsisHorizontal />
      <Text size="small" weight="plus">
        {loading
          ? t("distribution.common.loading")
          : t("distribution.graph.moreChildren", { remaining })}
      </Text>
    </button>
  )
}
