import type { ReferralTouchInput } from "../service"

/**
 * A referral touch in one statement (one round trip, no ORM entities): the
 * code's link and dealer, the visit row — written only when `may_insert`
 * (the caller has checked the cart) and, for a code typed at checkout
 * (`strict`), only when the link can attribute — and the facts the cart's
 * attribution is decided from, read in the same snapshot: the cart's touches
 * (the new one included: a data-modifying CTE's row is only visible through
 * its RETURNING), their links (deleted ones too) and dealers, the buyer's
 * dealer profile and current binding. No link row means the code does not
 * exist. The attribution rules stay in TypeScript (decideAttribution), so
 * this and `decideCartAttribution` read the same facts and decide alike.
 *
 * Bindings: `recordReferralTouchBindings`. The code, cart id and customer id
 * are bound where they are looked up (not read from the `p` row), so each
 * lookup is planned against its value and uses its index.
 */
export const RECORD_REFERRAL_TOUCH_SQL = `
WITH p AS (
  SELECT ?::text AS visit_id, ?::text AS source, ?::boolean AS strict, ?::boolean AS may_insert,
         ?::text AS cart_id, ?::text AS visitor_token, ?::text AS customer_id, ?::text AS user_agent,
         ?::text AS ip_hash, ?::timestamptz AS now
),
link AS (
  SELECT l.id, l.code, l.target_type, l.target_id, l.status, l.expires_at, l.dealer_id,
         d.code AS dealer_code, d.display_name AS dealer_display_name, d.customer_id AS dealer_customer_id,
         -- A dealer that is gone counts as terminated (as in attributionFacts).
         CASE WHEN d.deleted_at IS NULL THEN d.status ELSE 'terminated' END AS dealer_status
    FROM distribution_referral_link l
    JOIN distribution_dealer d ON d.id = l.dealer_id
   WHERE l.code = ?::text AND l.deleted_at IS NULL
   LIMIT 1
),
inserted AS (
  INSERT INTO distribution_referral_visit
         (id, link_id, dealer_id, code, source, cart_id, visitor_token, customer_id, user_agent, ip_hash, created_at, updated_at)
  SELECT p.visit_id, link.id, link.dealer_id, link.code, p.source, p.cart_id, p.visitor_token, p.customer_id,
         p.user_agent, p.ip_hash, p.now, p.now
    FROM p, link
   -- The same test as touchRefusal at this moment: a typed code that cannot attribute records nothing.
   WHERE p.may_insert
     AND (NOT p.strict
          OR (link.dealer_status = 'active' AND link.status = 'active'
              AND (link.expires_at IS NULL OR link.expires_at > p.now)))
  RETURNING id, link_id, dealer_id, source, created_at, visitor_token
),
-- As listCartTouches: the cart's visits and those of every visitor token seen with the cart
-- (no cart, no touches).
cart_visits AS (
  SELECT v.id, v.link_id, v.dealer_id, v.source, v.created_at, v.visitor_token
    FROM distribution_referral_visit v
   WHERE v.cart_id = ?::text AND v.deleted_at IS NULL
),
tokens AS (
  SELECT visitor_token FROM cart_visits WHERE visitor_token IS NOT NULL
  UNION
  SELECT visitor_token FROM inserted WHERE visitor_token IS NOT NULL AND ?::text IS NOT NULL
),
touches AS (
  SELECT id, link_id, dealer_id, source, created_at FROM cart_visits
  UNION
  SELECT v.id, v.link_id, v.dealer_id, v.source, v.created_at
    FROM distribution_referral_visit v
   WHERE v.visitor_token IN (SELECT visitor_token FROM tokens) AND v.deleted_at IS NULL
  UNION
  SELECT id, link_id, dealer_id, source, created_at FROM inserted WHERE ?::text IS NOT NULL
),
buyer AS (
  SELECT d.id, d.code, d.status, d.parent_id FROM distribution_dealer d
   WHERE d.customer_id = ?::text AND d.deleted_at IS NULL
   LIMIT 1
),
binding AS (
  SELECT b.dealer_id, b.link_id, b.expires_at FROM distribution_customer_binding b
   WHERE b.customer_id = ?::text AND b.ended_at IS NULL AND b.deleted_at IS NULL
   LIMIT 1
)
SELECT (SELECT row_to_json(link) FROM link) AS link,
       (SELECT id FROM inserted) AS visit_id,
       (SELECT json_agg(t ORDER BY t.created_at, t.id) FROM touches t) AS touches,
       (SELECT json_agg(json_build_object('id', l.id, 'status', l.status, 'expires_at', l.expires_at))
          FROM distribution_referral_link l WHERE l.id IN (SELECT link_id FROM touches)) AS links,
       (SELECT json_agg(json_build_object('id', d.id, 'code', d.code, 'status', d.status, 'parent_id', d.parent_id))
          FROM distribution_dealer d
         WHERE d.deleted_at IS NULL
           AND d.id IN (SELECT dealer_id FROM touches UNION SELECT dealer_id FROM binding
                        UNION SELECT parent_id FROM buyer)) AS dealers,
       (SELECT row_to_json(buyer) FROM buyer) AS buyer_dealer,
       (SELECT row_to_json(binding) FROM binding) AS binding`

/** The statement's bindings, in the order of its placeholders. */
export function recordReferralTouchBindings(input: ReferralTouchInput & { visit_id: string }): unknown[] {
  return [
    input.visit_id,
    input.source,
    input.strict,
    input.may_insert,
    input.cart_id,
    input.visitor_token,
    input.customer_id,
    input.user_agent,
    input.ip_hash,
    input.now,
    input.code, // link
    input.cart_id, // cart_visits
    input.cart_id, // tokens
    input.cart_id, // touches
    input.customer_id, // buyer
    input.customer_id, // binding
  ]
}
