import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Badge, clx, Text } from "@medusajs/ui"
import { Handle, NodeProps, Position } from "@xyflow/react"
import { KeyboardEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { DealerStatusBadge } from "../../../../../../components/dealer-status-badge"
import { MoneyList } from "../../../../../../components/money-list"
import { GraphCardFlowNode } from "./graph-flow-types"
import { GraphNodeCounts } from "./graph-node-counts"
import { GraphNodeToggle } from "./graph-node-toggle"

const HIDDEN_HANDLE = "!pointer-events-none !opacity-0"

/**
 * A dealer or a bound customer in the relationship graph. Clicking a dealer
 * with children opens or closes it; the arrow opens the dealer's or the
 * customer's own page.
 */
export const GraphNodeCard = ({ data, width, height }: NodeProps<GraphCardFlowNode>) => {
  const { t } = useTranslation()
  const { node, isRoot, open, expandable, matched, focused, onToggle } = data
  const isDealer = node.type === "dealer"
  const href = isDealer ? `/distribution/dealers/${node.id}` : `/customers/${node.id}`

  const toggle = () => {
    if (expandable) {
      onToggle(node.id)
    }
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault()
      toggle()
    }
  }

  return (
    <div
      role={expandable ? "button" : "group"}
      tabIndex={expandable ? 0 : undefined}
      aria-expanded={expandable ? open : undefined}
      aria-label={`${node.label}${node.code ? ` (${node.code})` : ""}`}
      onClick={toggle}
      onKeyDown={onKeyDown}
      style={{ width, height }}
      className={clx(
        "bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-y-2 overflow-hidden rounded-lg p-3 outline-none transition-shadow",
        "focus-visible:shadow-borders-interactive-with-focus",
        expandable && "hover:shadow-elevation-card-hover cursor-pointer",
        isRoot && "ring-ui-border-interactive ring-2",
        matched && "bg-ui-bg-highlight",
        focused && "ring-2 ring-ui-tag-orange-icon"
      )}
      data-testid={`graph-node-${node.code ?? node.id}`}
      data-type={node.type}
      data-open={isDealer ? open : undefined}
      data-matched={matched}
    >
      <Handle type="target" position={Position.Left} className={HIDDEN_HANDLE} isConnectable={false} />
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex min-w-0 items-center gap-x-1.5">
          <Badge size="2xsmall" color={isDealer ? "blue" : "purple"}>
            {t(`distribution.graph.types.${node.type}`)}
          </Badge>
          {node.tier_code && (
            <Badge size="2xsmall" color="grey">
              {node.tier_code}
            </Badge>
          )}
        </div>
        <div className="flex items-center gap-x-1">
          {node.status && <DealerStatusBadge status={node.status} testId="graph-node-status" />}
          <Link
            to={href}
            className="nodrag nopan text-ui-fg-muted hover:text-ui-fg-interactive rounded p-0.5"
            onClick={(event) => event.stopPropagation()}
            aria-label={isDealer ? t("distribution.graph.openDealer") : t("distribution.graph.openCustomer")}
            title={isDealer ? t("distribution.graph.openDealer") : t("distribution.graph.openCustomer")}
          >
            <ArrowUpRightOnBox />
          </Link>
        </div>
      </div>
      <div className="flex min-w-0 flex-col">
        <Text size="small" weight="plus" className="truncate" title={node.label}>
          {node.label}
        </Text>
        {node.code && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {node.code}
          </Text>
        )}
      </div>
      {isDealer && <GraphNodeCounts node={node} />}
      <div className="mt-auto flex items-center justify-between gap-x-2">
        <MoneyList amounts={node.sales} />
        {isDealer ? (
          expandable && <GraphNodeToggle data={data} />
        ) : (
          <Text size="xsmall" className="text-ui-fg-subtle shrink-0">
            {t("distribution.graph.orderCount", { orders: node.counts.orders })}
          </Text>
        )}
      </div>
      <Handle type="source" position={Position.Right} className={HIDDEN_HANDLE} isConnectable={false} />
    </div>
  )
}
