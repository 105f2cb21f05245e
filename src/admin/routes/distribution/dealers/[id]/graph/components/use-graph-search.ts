import { useEffect, useMemo, useState } from "react"

import { findGraphMatches, RelationshipTree } from "../../../../../../lib/relationship-tree"

/**
 * Search over the loaded nodes: the matches, and the one in focus, which is
 * revealed (its ancestors opened) whenever it changes.
 */
export const useGraphSearch = (tree: RelationshipTree, reveal: (id: string) => void) => {
  const [query, setQuery] = useState("")
  const [position, setPosition] = useState(0)

  const matches = useMemo(() => findGraphMatches(tree, query), [tree, query])
  const matchSet = useMemo(() => new Set(matches), [matches])
  const focusedId = matches.length ? matches[Math.min(position, matches.length - 1)] : null

  useEffect(() => {
    setPosition(0)
  }, [query])

  useEffect(() => {
    if (focusedId) {
      reveal(focusedId)
    }
  }, [focusedId, reveal])

  const step = (direction: 1 | -1) => {
    if (!matches.length) {
      return
    }
    setPosition((current) => (current + direction + matches.length) % matches.length)
  }

  return {
    query,
    setQuery,
    matches: matchSet,
    matchCount: matches.length,
    position: focusedId ? matches.indexOf(focusedId) : -1,
    focusedId,
    step,
  }
}
