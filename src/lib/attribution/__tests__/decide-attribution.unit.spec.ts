import { AttributionInput, decideAttribution, Touch } from "../decide-attribution"

const NOW = new Date("2026-06-30T12:00:00Z")
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 24 * 60 * 60 * 1000)

const dealer = (id: string, status = "active", parent_id: string | null = null) => ({ id, status, parent_id })
const A = dealer("dlr_a")
const B = dealer("dlr_b")

const touch = (d = A, ago = 1, extra: Partial<Touch> = {}): Touch => ({
  at: daysAgo(ago),
  source: "link",
  link_id: `rlink_${d.id}_${ago}`,
  link_status: "active",
  link_expires_at: null,
  dealer: d,
  ...extra,
})

const base = (over: Partial<AttributionInput> = {}): AttributionInput => ({
  now: NOW,
  model: "first_click",
  window_days: 30,
  dealer_purchases_attribute_to: "self",
  buyer_dealer: null,
  buyer_upline: null,
  binding: null,
  touches: [],
  ...over,
})

describe("decideAttribution", () => {
  it.each([
    ["first click keeps the earliest valid touch", "first_click", [touch(A, 5), touch(B, 1)], "dlr_a"],
    ["last click takes the latest valid touch", "last_click", [touch(A, 5), touch(B, 1)], "dlr_b"],
    ["first click skips a touch outside the window", "first_click", [touch(A, 40), touch(B, 1)], "dlr_b"],
    ["last click skips a later paused link", "last_click", [touch(A, 5), touch(B, 1, { link_status: "paused" })], "dlr_a"],
    ["first click skips a suspended dealer", "first_click", [touch(dealer("dlr_a", "suspended"), 5), touch(B, 1)], "dlr_b"],
    ["an expired link attributes nothing", "last_click", [touch(A, 5), touch(B, 1, { link_expires_at: daysAgo(2) })], "dlr_a"],
  ] as const)("%s", (_, model, touches, expected) => {
    const result = decideAttribution(base({ model, touches: [...touches] }))
    expect(result).toEqual(expect.objectContaining({ dealer_id: expected, source: "link", reason: null, commissionable: true }))
  })

  it.each([
    ["no touch at all", [], "no_referral"],
    ["only a touch outside the window", [touch(A, 31)], "outside_window"],
    ["only a paused link", [touch(A, 1, { link_status: "paused" })], "link_paused"],
    ["only an expired link", [touch(A, 1, { link_expires_at: daysAgo(3) })], "link_expired"],
    ["only a terminated dealer", [touch(dealer("dlr_a", "terminated"), 1)], "dealer_inactive"],
  ] as const)("attributes nothing for %s and says why", (_, touches, reason) => {
    expect(decideAttribution(base({ touches: [...touches] }))).toEqual({
      dealer_id: null,
      link_id: null,
      source: "none",
      reason,
      commissionable: false,
    })
  })

  it("honours the window length", () => {
    expect(decideAttribution(base({ window_days: 7, touches: [touch(A, 8)] })).reason).toBe("outside_window")
    expect(decideAttribution(base({ window_days: 7, touches: [touch(A, 6)] })).dealer_id).toBe("dlr_a")
  })

  it("keeps an explicitly entered code as the source", () => {
    expect(decideAttribution(base({ touches: [touch(A, 1, { source: "code" })] })).source).toBe("code")
  })

  describe("binding", () => {
    it("a current binding wins over any link, in either model", () => {
      for (const model of ["first_click", "last_click"] as const) {
        const result = decideAttribution(
          base({ model, binding: { dealer: B, link_id: "rlink_b", expires_at: null }, touches: [touch(A, 1)] })
        )
        expect(result).toEqual({ dealer_id: "dlr_b", link_id: "rlink_b", source: "binding", reason: null, commissionable: true })
      }
    })

    it("an expired binding gives way to the touches", () => {
      const result = decideAttribution(
        base({ binding: { dealer: B, link_id: null, expires_at: daysAgo(1) }, touches: [touch(A, 1)] })
      )
      expect(result.dealer_id).toBe("dlr_a")
    })

    it("a binding to a suspended dealer attributes nothing", () => {
      const result = decideAttribution(
        base({ binding: { dealer: dealer("dlr_b", "suspended"), link_id: null, expires_at: null }, touches: [touch(A, 1)] })
      )
      expect(result).toEqual(expect.objectContaining({ dealer_id: null, reason: "dealer_inactive" }))
    })
  })

  describe("dealers buying", () => {
    const buyer = dealer("dlr_buyer", "active", "dlr_up")
    const upline = dealer("dlr_up")

    it("self-referral: recorded to the dealer itself, earning nothing", () => {
      const own = touch(buyer, 1)
      expect(decideAttribution(base({ buyer_dealer: buyer, buyer_upline: upline, touches: [own] }))).toEqual({
        dealer_id: "dlr_buyer",
        link_id: own.link_id,
        source: "link",
        reason: "self_referral",
        commissionable: false,
      })
    })

    it("a dealer buying through another dealer's link is still its own customer", () => {
      const result = decideAttribution(base({ buyer_dealer: buyer, touches: [touch(A, 1)] }))
      expect(result).toEqual(expect.objectContaining({ dealer_id: "dlr_buyer", reason: "self_referral", commissionable: false }))
    })

    it("with dealer_purchases_attribute_to: upline, the active upline earns", () => {
      const result = decideAttribution(
        base({ dealer_purchases_attribute_to: "upline", buyer_dealer: buyer, buyer_upline: upline, touches: [touch(A, 1)] })
      )
      expect(result).toEqual(expect.objectContaining({ dealer_id: "dlr_up", reason: "dealer_purchase_to_upline", commissionable: true }))
    })

    it("with dealer_purchases_attribute_to: upline but no active upline, it is self-referral", () => {
      const result = decideAttribution(
        base({ dealer_purchases_attribute_to: "upline", buyer_dealer: buyer, buyer_upline: dealer("dlr_up", "suspended") })
      )
      expect(result).toEqual(expect.objectContaining({ dealer_id: "dlr_buyer", reason: "self_referral" }))
    })
  })
})
