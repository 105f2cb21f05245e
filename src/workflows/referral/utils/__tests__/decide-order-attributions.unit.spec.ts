import type { OrderAttributionInputs } from "../../../../modules/distribution/queries/order-attribution-inputs"
import { decideFromRows } from "../../steps/decide-cart-attribution"
import { decideOrderAttributions } from "../decide-order-attributions"

/**
 * The batch decides every order from the rows of one statement
 * (ORDER_ATTRIBUTION_INPUTS_SQL) exactly as `decideFromRows` decides one
 * cart from the rows the per-order workflow reads for it.
 */
describe("decideOrderAttributions", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 11, day, 12)).toISOString()
  const options = {
    attribution_model: "first_click" as const,
    attribution_window_days: 30,
    dealer_purchases_attribute_to: "self" as const,
    binding_days: null,
  }
  const dealer = (id: string, path: string, status = "active") => {
    const ids = path.split("/").filter(Boolean)
    return { id, code: id.toUpperCase(), status, parent_id: ids[ids.length - 2] ?? null, tier_id: `tier_${id}`, path }
  }
  const inputs: OrderAttributionInputs = {
    existing: [],
    visits: [
      // Cart 1: a visit of D1, and (by a shared visitor token) an earlier visit of D2 on cart 9.
      { id: "v1", cart_id: "cart_1", visitor_token: "tok", link_id: "l1", dealer_id: "d1", source: "link", created_at: at(5) },
      { id: "v2", cart_id: "cart_9", visitor_token: "tok", link_id: "l2", dealer_id: "d2", source: "link", created_at: at(4) },
      // Cart 2: a deleted link's visit (paused), then a suspended dealer's.
      { id: "v3", cart_id: "cart_2", visitor_token: null, link_id: "gone", dealer_id: "d1", source: "link", created_at: at(3) },
      { id: "v4", cart_id: "cart_2", visitor_token: null, link_id: "l3", dealer_id: "d3", source: "code", created_at: at(4) },
      // Cart 3: a dealer that no longer exists (terminated).
      { id: "v5", cart_id: "cart_3", visitor_token: null, link_id: "l1", dealer_id: "d_gone", source: "link", created_at: at(4) },
      // Cart 4: the buyer's own code (a dealer buying).
      { id: "v6", cart_id: "cart_4", visitor_token: null, link_id: "l4", dealer_id: "d4", source: "code", created_at: at(4) },
    ],
    links: [
      { id: "l1", status: "active", expires_at: null },
      { id: "l2", status: "active", expires_at: null },
      { id: "l3", status: "active", expires_at: null },
      { id: "l4", status: "active", expires_at: null },
    ],
    buyers: [{ id: "d4", status: "active", parent_id: "d1", customer_id: "cus_dealer" }],
    bindings: [{ id: "b1", customer_id: "cus_bound", dealer_id: "d2", link_id: null, expires_at: null }],
    dealers: [
      dealer("top", "top/"),
      dealer("d1", "top/d1/"),
      dealer("d2", "top/d1/d2/"),
      dealer("d3", "top/d3/", "suspended"),
      dealer("d4", "top/d1/d4/"),
    ],
  }

  const orders = [
    { id: "o1", cart_id: "cart_1", customer_id: "cus_new", created_at: at(6) },
    { id: "o2", cart_id: null, customer_id: "cus_new", created_at: at(7) },
    { id: "o3", cart_id: "cart_2", customer_id: null, created_at: at(6) },
    { id: "o4", cart_id: "cart_3", customer_id: null, created_at: at(6) },
    { id: "o5", cart_id: "cart_4", customer_id: "cus_dealer", created_at: at(6) },
    { id: "o6", cart_id: null, customer_id: "cus_bound", created_at: at(6) },
    { id: "o7", cart_id: "cart_1", customer_id: null, created_at: at(60) },
  ]

  it("decides every order as decideFromRows does with the per-order rows, and freezes the chain", () => {
    const now = new Date(at(8))
    const { decided, failed } = decideOrderAttributions(options, orders, inputs, now)
    expect(failed).toEqual([])
    const byOrder = new Map(decided.map((d) => [d.order_id, d]))
    const touches = (cart: string | null) => {
      if (!cart) return []
      const own = inputs.visits.filter((v) => v.cart_id === cart)
      const tokens = new Set(own.map((v) => v.visitor_token).filter(Boolean))
      return [...own, ...inputs.visits.filter((v) => v.visitor_token && tokens.has(v.visitor_token) && v.cart_id !== cart)]
    }
    for (const order of orders) {
      const expected = decideFromRows(options, new Date(order.created_at), {
        visits: touches(order.cart_id),
        links: inputs.links,
        dealers: inputs.dealers,
        buyer_dealer: inputs.buyers.find((b) => b.customer_id === order.customer_id),
        // o2: the binding o1 made (a first-time customer is bound by its first order).
        binding:
          order.id === "o2"
            ? { dealer_id: "d2", link_id: "l2", expires_at: null }
            : inputs.bindings.find((b) => b.customer_id === order.customer_id),
      })
      const { chain, ...attribution } = byOrder.get(order.id)!.attribution
      expect({ order: order.id, ...attribution }).toEqual({ order: order.id, ...expected })
    }
    // First click across the shared visitor token: D2 (level 1), then D1 and the top dealer.
    expect(byOrder.get("o1")!.attribution.chain.map((m) => [m.dealer_id, m.level, m.tier_id])).toEqual([
      ["d2", 1, "tier_d2"],
      ["d1", 2, "tier_d1"],
      ["top", 3, "tier_top"],
    ])
    expect(byOrder.get("o1")!.binding).toMatchObject({ customer_id: "cus_new", dealer_id: "d2", link_id: "l2" })
    expect(byOrder.get("o2")!.attribution).toMatchObject({ dealer_id: "d2", source: "binding" })
    expect(byOrder.get("o2")!.binding).toBeNull()
    expect(byOrder.get("o3")!.attribution).toMatchObject({ dealer_id: null, reason: "dealer_inactive" })
    expect(byOrder.get("o4")!.attribution).toMatchObject({ dealer_id: null, reason: "dealer_inactive" })
    expect(byOrder.get("o5")!.attribution).toMatchObject({ dealer_id: "d4", reason: "self_referral", commissionable: false })
    expect(byOrder.get("o7")!.attribution).toMatchObject({ dealer_id: null, reason: "outside_window" })
  })

  it("fails an order attributed to a dealer whose row is missing, and counts a gone bound dealer as terminated", () => {
    const { decided, failed } = decideOrderAttributions(
      options,
      [
        { id: "o1", cart_id: "cart_4", customer_id: "cus_dealer", created_at: at(6) },
        { id: "o2", cart_id: null, customer_id: "cus_bound", created_at: at(6) },
      ],
      { ...inputs, dealers: inputs.dealers.filter((d) => d.id !== "d4" && d.id !== "d2") },
      new Date(at(8))
    )
    expect(failed).toEqual([{ order_id: "o1", reason: "Dealer with id: d4 was not found" }])
    expect(decided.map((d) => [d.order_id, d.attribution.dealer_id, d.attribution.reason])).toEqual([["o2", null, "dealer_inactive"]])
  })
})
