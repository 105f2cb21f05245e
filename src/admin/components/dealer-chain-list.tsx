import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { DealerStatus } from "../types/dealer"
import { DealerStatusBadge } from "./dealer-status-badge"

export type DealerChainItem = {
  id: string
  code: string
  name: string | null
  status: DealerStatus
  /** 1 = the dealer the chain starts from, 2 = its upline, … */
  level: number
}

type DealerChainListProps = {
  items: DealerChainItem[]
  testId: string
}

/** A dealer chain, level by level, each dealer linking to its page. */
export const DealerChainList = ({ items, testId }: DealerChainListProps) => {
  const { t } = useTranslation()

  return (
    <ol className="flex flex-col gap-y-2" data-testid={testId}>
      {items.map((item) => (
        <li
          key={`${item.level}-${item.id}`}
          className="grid grid-cols-[56px_1fr_auto] items-center gap-x-2"
          data-testid={`${testId}-level-${item.level}`}
        >
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("distribution.chain.level", { level: item.level })}
          </Text>
          <Link
            to={`/distribution/dealers/${item.id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small truncate"
          >
            {item.name ? `${item.code} · ${item.name}` : item.code}
          </Link>
          <DealerStatusBadge status={item.status} testId={`${testId}-status`} />
        </li>
      ))}
    </ol>
  )
}
