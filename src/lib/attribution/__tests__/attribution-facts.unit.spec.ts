import { attributionFacts } from "../attribution-facts"
import { decideAttribution } from "../decide-attribution"

describe("attributionFacts", () => {
  const facts = attributionFacts(
    [{ id: "dlr_a", status: "active", parent_id: null }],
    [{ id: "rlink_a", status: "active", expires_at: "2026-12-31T00:00:00Z" }]
  )

  it("reads dates that arrive as strings (serialised workflow data) as dates", () => {
    const [touch] = facts.touches([{ created_at: "2026-12-01T10:00:00Z", source: "link", link_id: "rlink_a", dealer_id: "dlr_a" }])
    expect(touch.at).toEqual(new Date("2026-12-01T10:00:00Z"))
    expect(touch.link_expires_at).toEqual(new Date("2026-12-31T00:00:00Z"))
    expect(facts.binding({ dealer_id: "dlr_a", expires_at: "2027-01-01T00:00:00Z" })?.expires_at).toEqual(
      new Date("2027-01-01T00:00:00Z")
    )
  })

  it("a dealer or link that is gone can't earn: terminated, paused", () => {
    const [touch] = facts.touches([{ created_at: new Date(), source: "code", link_id: "rlink_gone", dealer_id: "dlr_gone" }])
    expect(touch.link_status).toBe("paused")
    expect(touch.dealer).toEqual({ id: "dlr_gone", status: "terminated", parent_id: null })
    expect(facts.loadedDealer("dlr_gone")).toBeNull()
    expect(facts.loadedDealer(null)).toBeNull()
    const decided = decideAttribution({
      now: new Date(),
      model: "first_click",
      window_days: 30,
      dealer_purchases_attribute_to: "self",
      buyer_dealer: null,
      buyer_upline: null,
      binding: facts.binding({ dealer_id: "dlr_gone" }),
      touches: [],
    })
    expect(decided).toMatchObject({ dealer_id: null, commissionable: false, reason: "dealer_inactive" })
  })
})
