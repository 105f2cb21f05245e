import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { AdminGraphNode } from "../../../../../../types/relationship-graph"

/** A dealer card's head counts: downline (direct / in all), bound customers, orders. */
export const GraphNodeCounts = ({ node }: { node: AdminGraphNode }) => {
  const { t } = useTranslation()
  const { counts } = node
  const figures = [
    { key: "downline", value: `${counts.downline_direct ?? 0} / ${counts.downline_total ?? 0}` },
    { key: "customers", value: String(counts.customers ?? 0) },
    { key: "orders", value: String(counts.orders) },
  ]

  return (
    <dl className="grid grid-cols-3 gap-x-2">
      {figures.map(({ key, value }) => (
        <div key={key} className="flex min-w-0 flex-col">
          <Text asChild size="xsmall" className="text-ui-fg-muted truncate">
            <dt>{t(`distribution.graph.counts.${key}`)}</dt>
          </Text>
          <Text asChild size="small" weight="plus">
            <dd>{value}</dd>
          </Text>
        </div>
      ))}
    </dl>
  )
}
