import { ListTree } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useDealerDownline } from "../../../../../hooks/api/dealers"
import { AdminDealerDetail } from "../../../../../types/dealer"
import { DownlineTreeNode } from "./downline-tree-node"

/** The dealers below this one, as an expandable tree. */
export const DealerDownlineSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  const { downline, truncated, count, isPending, isError, error } = useDealerDownline(dealer.id)
  const counts = dealer.downline_counts ?? { direct: 0, total: 0 }

  return (
    <Container className="divide-y p-0" data-testid="dealer-downline-section">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("distribution.dealers.downline.title")}</Heading>
        <div className="flex items-center gap-x-3">
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.dealers.downline.counts", {
              direct: counts.direct,
              total: counts.total,
            })}
          </Text>
          <Button size="small" variant="secondary" asChild>
            <Link to="graph" data-testid="dealer-graph-link">
              <ListTree />
              {t("distribution.graph.open")}
            </Link>
          </Button>
        </div>
      </div>
      <div className="px-6 py-4">
        {isPending ? (
          <div className="flex flex-col gap-y-2" aria-busy="true">
            <Skeleton className="h-6 w-2/3" />
            <Skeleton className="h-6 w-1/2" />
          </div>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error">
            {error?.message || t("distribution.common.loadFailed")}
          </Text>
        ) : !downline?.length ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.dealers.downline.empty")}
          </Text>
        ) : (
          <>
            <ul data-testid="dealer-downline-tree">
              {downline.map((node) => (
                <DownlineTreeNode key={node.id} node={node} />
              ))}
            </ul>
            {truncated ? (
              <Text size="small" className="text-ui-fg-subtle mt-2" data-testid="dealer-downline-truncated">
                {t("distribution.dealers.downline.truncated", { count })}
              </Text>
            ) : null}
          </>
        )}
      </div>
    </Container>
  )
}
