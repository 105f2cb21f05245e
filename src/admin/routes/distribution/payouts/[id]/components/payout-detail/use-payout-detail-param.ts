import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"

/** The search parameter that names the payout whose detail drawer is open. */
export const PAYOUT_DETAIL_PARAM = "payout"

/**
 * Which payout's detail is open (`?payout=po_…`), so the drawer survives a
 * reload and can be linked to. Opening one (or following a retry link) is a
 * history entry, so Back returns to the previous payout or closes the drawer;
 * closing replaces the entry.
 */
export const usePayoutDetailParam = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const payoutId = searchParams.get(PAYOUT_DETAIL_PARAM)

  const openPayout = useCallback(
    (id: string) =>
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev)
        next.set(PAYOUT_DETAIL_PARAM, id)
        return next
      }),
    [setSearchParams]
  )

  const closePayout = useCallback(
    () =>
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          next.delete(PAYOUT_DETAIL_PARAM)
          return next
        },
        { replace: true }
      ),
    [setSearchParams]
  )

  return { payoutId, openPayout, closePayout }
}
