import type { Binding, DealerState, Touch } from "./decide-attribution"

type DealerRow = { id: string; status: string; parent_id?: string | null }
type LinkRow = { id: string; status: string; expires_at?: Date | string | null }
type VisitRow = { created_at: Date | string; source: string; link_id: string; dealer_id: string }
type BindingRow = { dealer_id: string; link_id?: string | null; expires_at?: Date | string | null }

export const dealerState = (d: DealerRow): DealerState => ({ id: d.id, status: d.status, parent_id: d.parent_id ?? null })

/**
 * Turns the rows attribution reads (dealers, links, a cart's visits, the
 * buyer's current binding) into the inputs of `decideAttribution`, the same
 * way for one order and for a batch, so both decide alike. A dealer that is
 * gone counts as terminated and a link that is gone as paused: neither earns.
 */
export function attributionFacts(dealers: DealerRow[], links: LinkRow[]) {
  const dealerById = new Map(dealers.map((d) => [d.id, dealerState(d)]))
  const linkById = new Map(links.map((l) => [l.id, l]))
  const dealer = (id: string): DealerState => dealerById.get(id) ?? { id, status: "terminated", parent_id: null }
  return {
    /** A dealer as the rules see it; a missing one is terminated. */
    dealer,
    /** A dealer if it was loaded (the buyer's upline), else null. */
    loadedDealer: (id: string | null | undefined): DealerState | null => (id ? dealerById.get(id) ?? null : null),
    touches: (visits: VisitRow[]): Touch[] =>
      visits.map((v) => {
        const link = linkById.get(v.link_id)
        return {
          at: new Date(v.created_at),
          source: v.source as Touch["source"],
          link_id: v.link_id,
          link_status: (link?.status ?? "paused") as Touch["link_status"],
          link_expires_at: link?.expires_at ? new Date(link.expires_at) : null,
          dealer: dealer(v.dealer_id),
        }
      }),
    binding: (b: BindingRow | null | undefined): Binding | null =>
      b
        ? { dealer: dealer(b.dealer_id), link_id: b.link_id ?? null, expires_at: b.expires_at ? new Date(b.expires_at) : null }
        : null,
  }
}
