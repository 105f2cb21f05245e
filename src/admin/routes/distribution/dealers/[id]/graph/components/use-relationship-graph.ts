import { useCallback, useMemo, useState } from "react"

import {
  GraphPageRequest,
  useDealerGraphPages,
} from "../../../../../../hooks/api/relationship-graph"
import { ancestorsOf, mergeGraphPages } from "../../../../../../lib/relationship-tree"
import { AdminDealerGraphResponse } from "../../../../../../types/relationship-graph"
import { OpenedNode } from "./use-follow-opened-node"

/** Children per page of one parent (dealers and bound customers each). */
export const GRAPH_PAGE_SIZE = 25

export type GraphLoadState = { loading: boolean; error: string | null }

const IDLE: GraphLoadState = { loading: false, error: null }

/**
 * The graph's state: which dealers' pages are loaded (the root's first page
 * at once, a dealer's when it is opened, more pages on "N more"), which
 * dealers are open, and the tree merged from every page. Closing a dealer
 * keeps its pages, so opening it again is instant and search still finds
 * what is inside.
 */
export const useRelationshipGraph = (rootId: string) => {
  const [pageCounts, setPageCounts] = useState<Record<string, number>>({ [rootId]: 1 })
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set())
  const [opened, setOpened] = useState<OpenedNode | null>(null)

  const requests = useMemo<GraphPageRequest[]>(
    () =>
      Object.entries(pageCounts).flatMap(([dealerId, count]) =>
        Array.from({ length: count }, (_, page) => ({
          dealerId,
          offset: page * GRAPH_PAGE_SIZE,
        }))
      ),
    [pageCounts]
  )
  const results = useDealerGraphPages(requests, GRAPH_PAGE_SIZE)

  // The results array is new on every render; its data changes only when a
  // page arrives, which `dataUpdatedAt` tells.
  const signature = results.map((result) => result.dataUpdatedAt).join(",")
  const tree = useMemo(
    () =>
      mergeGraphPages(
        rootId,
        results
          .map((result) => result.data)
          .filter((data): data is AdminDealerGraphResponse => !!data)
      ),
    [rootId, signature]
  )

  // Recomputed only when a page starts, finishes or fails.
  const statusSignature = results.map((result) => result.status).join(",")
  const loadStates = useMemo(() => {
    const states = new Map<string, GraphLoadState>()
    results.forEach((result, index) => {
      const { dealerId } = requests[index]
      const state = states.get(dealerId) ?? { ...IDLE }
      state.loading ||= result.isPending
      state.error ??= result.isError ? result.error.message : null
      states.set(dealerId, state)
    })
    return states
  }, [requests, statusSignature])
  const loadStateOf = useCallback(
    (dealerId: string) => loadStates.get(dealerId) ?? IDLE,
    [loadStates]
  )

  const requestPage = useCallback((dealerId: string, atLeast: number) => {
    setPageCounts((counts) =>
      (counts[dealerId] ?? 0) >= atLeast ? counts : { ...counts, [dealerId]: atLeast }
    )
  }, [])

  const toggle = useCallback(
    (dealerId: string) => {
      if (dealerId === rootId) {
        return
      }
      const next = new Set(openIds)
      if (next.has(dealerId)) {
        next.delete(dealerId)
      } else {
        next.add(dealerId)
        setOpened((last) => ({ id: dealerId, seq: (last?.seq ?? 0) + 1 }))
        requestPage(dealerId, 1)
      }
      setOpenIds(next)
    },
    [rootId, openIds, requestPage]
  )

  const loadMore = useCallback(
    (dealerId: string) => {
      setPageCounts((counts) => ({ ...counts, [dealerId]: (counts[dealerId] ?? 0) + 1 }))
    },
    []
  )

  /** Opens every ancestor of a node, so that it is drawn. */
  const reveal = useCallback(
    (id: string) => {
      const ancestors = ancestorsOf(tree, id).filter((ancestor) => ancestor !== rootId)
      if (!ancestors.length) {
        return
      }
      setOpenIds((open) =>
        ancestors.every((ancestor) => open.has(ancestor))
          ? open
          : new Set([...open, ...ancestors])
      )
    },
    [tree, rootId]
  )

  const retry = useCallback(
    (dealerId: string) => {
      results.forEach((result, index) => {
        if (requests[index].dealerId === dealerId && result.isError) {
          result.refetch()
        }
      })
    },
    [results, requests]
  )

  const rootResult = results[0]

  return {
    tree,
    openIds,
    opened,
    root: {
      isPending: rootResult?.isPending ?? true,
      isError: rootResult?.isError ?? false,
      error: rootResult?.error ?? null,
      refetch: rootResult?.refetch,
    },
    loadStateOf,
    toggle,
    loadMore,
    reveal,
    retry,
  }
}
