/**
 * Everything the attribution of a batch of placed orders is decided from, in
 * one statement (one round trip, no ORM entities) — what
 * `decideOrderAttributions` read in seven queries before (the orders'
 * attributions, the carts' visits and those sharing their visitor tokens,
 * their links, the buyers' dealer profiles and current bindings, the
 * dealers involved, the chains' dealers), read in one snapshot:
 *
 * - `existing`: the orders' attributions (an order attributed already is not decided again);
 * - `visits`: as `listCartTouches`, the visits of the carts of the orders not attributed
 *   yet, and every visit sharing a visitor token with them;
 * - `links`: the visits' links, deleted ones too (a deleted link counts as paused);
 * - `buyers`: the buyers' dealer profiles; `bindings`: their current bindings;
 * - `dealers`: every dealer a decision can name (the visits' and bindings' dealers, the
 *   buyers' uplines, the buyers' own profiles) and, for the chain, each one's upline (by
 *   its materialized path) — not deleted ones: a missing dealer is terminated for the
 *   rules and fails the order when it is attributed.
 *
 * The rules stay in TypeScript (`decideAttribution`), so a batch decides exactly
 * as the per-order workflow. Bindings: `orderAttributionInputsBindings`.
 */
export const ORDER_ATTRIBUTION_INPUTS_SQL = `
WITH o AS (
  SELECT * FROM unnest(?::text[], ?::text[], ?::text[]) AS o(order_id, cart_id, customer_id)
),
existing AS (
  SELECT a.order_id, a.dealer_id, a.commissionable, a.chain
    FROM distribution_order_attribution a
   WHERE a.order_id IN (SELECT order_id FROM o) AND a.deleted_at IS NULL
),
todo AS (
  SELECT * FROM o WHERE order_id NOT IN (SELECT order_id FROM existing)
),
cart_visits AS (
  SELECT v.id, v.cart_id, v.visitor_token, v.link_id, v.dealer_id, v.source, v.created_at
    FROM distribution_referral_visit v
   WHERE v.cart_id IN (SELECT cart_id FROM todo WHERE cart_id IS NOT NULL) AND v.deleted_at IS NULL
),
visits AS (
  SELECT * FROM cart_visits
  UNION
  SELECT v.id, v.cart_id, v.visitor_token, v.link_id, v.dealer_id, v.source, v.created_at
    FROM distribution_referral_visit v
   WHERE v.visitor_token IN (SELECT visitor_token FROM cart_visits WHERE visitor_token IS NOT NULL)
     AND v.deleted_at IS NULL
),
buyers AS (
  SELECT d.id, d.status, d.parent_id, d.customer_id
    FROM distribution_dealer d
   WHERE d.customer_id IN (SELECT customer_id FROM todo WHERE customer_id IS NOT NULL) AND d.deleted_at IS NULL
),
bindings AS (
  SELECT b.id, b.customer_id, b.dealer_id, b.link_id, b.expires_at
    FROM distribution_customer_binding b
   WHERE b.customer_id IN (SELECT customer_id FROM todo WHERE customer_id IS NOT NULL)
     AND b.ended_at IS NULL AND b.deleted_at IS NULL
),
named AS (
  SELECT dealer_id AS id FROM visits
  UNION SELECT dealer_id FROM bindings
  UNION SELECT parent_id FROM buyers WHERE parent_id IS NOT NULL
  UNION SELECT id FROM buyers
),
heads AS (
  SELECT d.id, d.path FROM distribution_dealer d WHERE d.id IN (SELECT id FROM named) AND d.deleted_at IS NULL
),
dealers AS (
  SELECT d.id, d.code, d.status, d.parent_id, d.tier_id, d.path
    FROM distribution_dealer d
   WHERE d.deleted_at IS NULL
     AND (d.id IN (SELECT id FROM heads)
          OR d.id IN (SELECT unnest(string_to_array(rtrim(h.path, '/'), '/')) FROM heads h))
)
SELECT (SELECT json_agg(existing) FROM existing) AS existing,
       (SELECT json_agg(visits) FROM visits) AS visits,
       (SELECT json_agg(json_build_object('id', l.id, 'status', l.status, 'expires_at', l.expires_at))
          FROM distribution_referral_link l WHERE l.id IN (SELECT link_id FROM visits)) AS links,
       (SELECT json_agg(buyers) FROM buyers) AS buyers,
       (SELECT json_agg(bindings) FROM bindings) AS bindings,
       (SELECT json_agg(dealers) FROM dealers) AS dealers`

export type OrderAttributionInputOrder = { id: string; cart_id: string | null; customer_id: string | null }

/** The statement's bindings: the orders as three parallel arrays. */
export function orderAttributionInputsBindings(orders: OrderAttributionInputOrder[]): unknown[] {
  return [orders.map((o) => o.id), orders.map((o) => o.cart_id), orders.map((o) => o.customer_id)]
}

export type OrderAttributionInputs = {
  existing: { order_id: string; dealer_id: string | null; commissionable: boolean; chain: unknown }[]
  visits: {
    id: string
    cart_id: string | null
    visitor_token: string | null
    link_id: string
    dealer_id: string
    source: string
    created_at: string
  }[]
  links: { id: string; status: string; expires_at: string | null }[]
  buyers: { id: string; status: string; parent_id: string | null; customer_id: string }[]
  bindings: { id: string; customer_id: string; dealer_id: string; link_id: string | null; expires_at: string | null }[]
  dealers: { id: string; code: string; status: string; parent_id: string | null; tier_id: string | null; path: string }[]
}

/** The statement's one row, with every list present (json_agg gives null for none). */
export function toOrderAttributionInputs(row: Record<string, unknown> | undefined): OrderAttributionInputs {
  const list = (v: unknown) => ((v as any[]) ?? []) as any[]
  return {
    existing: list(row?.existing),
    visits: list(row?.visits),
    links: list(row?.links),
    buyers: list(row?.buyers),
    bindings: list(row?.bindings),
    dealers: list(row?.dealers),
  }
}
