import { useCallback, useMemo } from "react"

import { useDealers } from "../api/dealers"

/**
 * Display names for dealers known only by id (frozen chains keep codes, not
 * names), in one request for all of them.
 */
export const useDealerNames = (ids: string[]) => {
  const sorted = useMemo(() => Array.from(new Set(ids)).sort(), [ids])
  const { dealers } = useDealers(
    { id: sorted, limit: sorted.length },
    { enabled: sorted.length > 0 }
  )

  return useCallback(
    (id: string) => dealers?.find((dealer) => dealer.id === id)?.display_name ?? null,
    [dealers]
  )
}
