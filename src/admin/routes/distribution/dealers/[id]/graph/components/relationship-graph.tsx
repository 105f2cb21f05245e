import { Container, Skeleton, Text } from "@medusajs/ui"
import { Panel, ReactFlowProvider } from "@xyflow/react"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../../components/query-error-state"
import { buildVisibleTree } from "../../../../../../lib/visible-relationship-tree"
import { GraphLegend } from "./graph-legend"
import { GraphSearchBar } from "./graph-search-bar"
import { RelationshipGraphCanvas } from "./relationship-graph-canvas"
import { useGraphSearch } from "./use-graph-search"
import { useRelationshipGraph } from "./use-relationship-graph"

/**
 * The dealer's relationship graph (客户关系图): downline dealers and bound
 * customers as a tree that opens dealer by dealer, with search.
 */
export const RelationshipGraph = ({ rootId }: { rootId: string }) => {
  const { t } = useTranslation()
  const graph = useRelationshipGraph(rootId)
  const search = useGraphSearch(graph.tree, graph.reveal)
  const visible = useMemo(() => buildVisibleTree(graph.tree, graph.openIds), [graph.tree, graph.openIds])

  if (graph.root.isError) {
    const notFound = (graph.root.error as { status?: number } | null)?.status === 404
    return (
      <QueryErrorState
        error={graph.root.error}
        onRetry={notFound ? undefined : () => graph.root.refetch?.()}
        message={notFound ? t("distribution.dealers.detail.notFound") : undefined}
      />
    )
  }

  const isEmpty = visible !== null && visible.node.children_total === 0

  return (
    <Container className="flex flex-col p-0" data-testid="relationship-graph">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-3">
        <GraphSearchBar
          value={search.query}
          onChange={search.setQuery}
          matchCount={search.matchCount}
          position={search.position}
          onStep={search.step}
        />
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.graph.hint")}
        </Text>
      </div>
      <div className="border-ui-border-base h-[70vh] min-h-[480px] border-t">
        {graph.root.isPending || !visible ? (
          <div className="flex h-full items-center justify-center" aria-busy="true" data-testid="relationship-graph-loading">
            <Skeleton className="h-40 w-72" />
          </div>
        ) : (
          <ReactFlowProvider>
            <RelationshipGraphCanvas
              root={visible}
              matches={search.matches}
              focusedId={search.focusedId}
              opened={graph.opened}
              loadStateOf={graph.loadStateOf}
              onToggle={graph.toggle}
              onLoadMore={graph.loadMore}
              onRetry={graph.retry}
            >
              <Panel position="top-left">
                <GraphLegend />
              </Panel>
              {isEmpty && (
                <Panel position="top-center">
                  <div
                    className="bg-ui-bg-base shadow-elevation-card-rest rounded-md px-4 py-2"
                    data-testid="graph-empty-state"
                  >
                    <Text size="small" className="text-ui-fg-subtle">
                      {t("distribution.graph.empty")}
                    </Text>
                  </div>
                </Panel>
              )}
            </RelationshipGraphCanvas>
          </ReactFlowProvider>
        )}
      </div>
    </Container>
  )
}
