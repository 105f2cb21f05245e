import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"
import { isUnknownReferralCode } from "../../src/lib/attribution/referral-code-errors"
import type DistributionModuleService from "../../src/modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../src/types/module-names"
import { recordReferralTouchWorkflow } from "../../src/workflows"
import { decideCartAttribution } from "../../src/workflows/referral/steps/decide-cart-attribution"

jest.setTimeout(300 * 1000)

/**
 * `visit` and `attach` record a touch with one SQL statement
 * (DistributionModuleService.recordReferralTouch) and decide the cart's
 * attribution from the facts it read. These tests hold that path to the
 * reference reader the order's attribution uses (`decideCartAttribution`,
 * ORM reads after the touch) in every case the rules distinguish, and check
 * that refusals come in the order the step-by-step workflow raised them and
 * write nothing.
 */
const LIMITS = {
  window_seconds: 86_400,
  per_ip: 1_000,
  per_visitor: 1_000,
  unknown_code_window_seconds: 86_400,
  unknown_codes_per_ip: 50,
  unknown_codes_per_visitor: 50,
}

beforeAll(() => {
  process.env.DISTRIBUTION_OPTIONS = JSON.stringify({ referral_rate_limit: LIMITS })
})
afterAll(() => {
  delete process.env.DISTRIBUTION_OPTIONS
})

const token = (name: string) => `vt_${name.padEnd(22, "0")}`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    const dealers: Record<string, { dealer: any; headers: Record<string, string>; customer_id: string }> = {}
    let shopper: { customer_id: string; headers: Record<string, string> }

    // HZ001 → NB001, and SH001 on its own; a signed-in shopper.
    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin)
      const tier = (await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "T1", name_zh: "一级" }, admin)).data.tier
      for (const [code, parent] of [["HZ001", null], ["NB001", "HZ001"], ["SH001", null]] as const) {
        const account = await registerCustomer(api, store.publishableKey, `${code.toLowerCase()}@dealers.test`)
        const dealer = (
          await api.post(
            "/admin/distribution/dealers",
            { customer_id: account.customer_id, tier_id: tier.id, display_name: `Dealer ${code}`, code, ...(parent ? { parent_id: dealers[parent].dealer.id } : {}) },
            admin
          )
        ).data.dealer
        dealers[code] = { dealer, headers: { ...account.config.headers, ...store.pk }, customer_id: account.customer_id }
      }
      const account = await registerCustomer(api, store.publishableKey, "shopper@shop.test")
      shopper = { customer_id: account.customer_id, headers: { ...account.config.headers, ...store.pk } }
      await dbUtils.snapshot()
    })

    const service = () => getContainer().resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const rows = async (sql: string, params: any[] = []) =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(sql, params)).rows
    const visitCount = async () => Number((await rows(`select count(*) from distribution_referral_visit`))[0].count)
    const touch = (route: "visit" | "attach", body: Record<string, unknown>, headers: Record<string, string> = store.pk) =>
      api.post(`/store/distribution/referrals/${route}`, body, { headers }).catch((e: any) => e.response)
    const newCart = async (customerId?: string) =>
      ((await getContainer().resolve(Modules.CART).createCarts({ currency_code: "cny", region_id: store.region.id, customer_id: customerId } as any)) as any).id as string

    /** What the order placed from the cart now would be attributed to, read the ORM way. */
    async function reference(cartId: string | null, customerId: string | null) {
      const decided = await decideCartAttribution(getContainer(), { cart_id: cartId, customer_id: customerId })
      return { dealer_code: decided.chain[0]?.code ?? null, source: decided.source, reason: decided.reason }
    }

    /** A touch that must succeed; its attribution must be the reference's. */
    async function agreed(route: "visit" | "attach", body: Record<string, any>, customerId: string | null = null, headers?: Record<string, string>) {
      const res = await touch(route, body, headers)
      expect(res.status).toBe(200)
      expect(res.data.attribution).toEqual(await reference(body.cart_id ?? null, customerId))
      return res.data
    }

    it("answers the attribution the order would get, in every case of the rules", async () => {
      // No cart: nothing to attribute yet; the visitor token is minted.
      const first = await agreed("visit", { code: "nb001" })
      expect(first).toEqual({
        visitor_token: expect.stringMatching(/^vt_/),
        referral: { code: "NB001", accepted: true, reason: null, target_type: "home", target_id: null },
        dealer: { code: "NB001", display_name: "Dealer NB001" },
        attribution: { dealer_code: null, source: "none", reason: "no_referral" },
      })

      // The anonymous visit counts once the token is seen with a cart: first click wins.
      const cart1 = await newCart()
      expect((await agreed("visit", { code: "SH001", cart_id: cart1, visitor_token: first.visitor_token })).attribution).toEqual({
        dealer_code: "NB001",
        source: "link",
        reason: null,
      })
      // A typed code is a touch of source "code"; the first click still wins.
      expect((await agreed("attach", { code: "HZ001", cart_id: cart1 })).attribution.dealer_code).toBe("NB001")

      // A paused campaign link, an expired one and a suspended dealer: recorded, accepted false, attributing nothing.
      const campaign = (await api.post(`/admin/distribution/dealers/${dealers.SH001.dealer.id}/links`, { name: "Spring", target_type: "home" }, admin)).data.link
      await api.post(`/admin/distribution/links/${campaign.id}`, { status: "paused" }, admin)
      const cart2 = await newCart()
      const paused = await agreed("visit", { code: campaign.code, cart_id: cart2 })
      expect(paused.referral).toEqual(expect.objectContaining({ accepted: false, reason: "link_paused" }))
      expect(paused.attribution).toEqual({ dealer_code: null, source: "none", reason: "link_paused" })

      const expiring = (await api.post(`/admin/distribution/dealers/${dealers.SH001.dealer.id}/links`, { name: "Old", target_type: "home" }, admin)).data.link
      await service().updateReferralLinks({ id: expiring.id, expires_at: new Date(Date.now() - 1000) })
      const expired = await agreed("visit", { code: expiring.code, cart_id: await newCart() })
      expect(expired.referral.reason).toBe("link_expired")
      expect(expired.attribution.reason).toBe("link_expired")

      // A valid touch after the paused one attributes; the paused one is still the latest refused reason elsewhere.
      expect((await agreed("visit", { code: "SH001", cart_id: cart2 })).attribution).toEqual({ dealer_code: "SH001", source: "link", reason: null })

      // A dealer buying through its own link: self-referral, with its own code.
      const own = await agreed("visit", { code: "NB001", cart_id: await newCart(dealers.NB001.customer_id) }, dealers.NB001.customer_id, dealers.NB001.headers)
      expect(own.attribution).toEqual({ dealer_code: "NB001", source: "link", reason: "self_referral" })
      // … through its upline's code, signed out but on its own cart (the cart's customer counts).
      const viaCart = await agreed("visit", { code: "HZ001", cart_id: await newCart(dealers.NB001.customer_id) }, dealers.NB001.customer_id)
      expect(viaCart.attribution).toEqual({ dealer_code: "NB001", source: "none", reason: "self_referral" })

      // A bound customer goes to the bound dealer whatever link is used; a suspended bound dealer attributes nothing.
      await service().createCustomerBindings({ customer_id: shopper.customer_id, dealer_id: dealers.HZ001.dealer.id, source: "admin", bound_at: new Date() })
      const bound = await agreed("visit", { code: "SH001", cart_id: await newCart() }, shopper.customer_id, shopper.headers)
      expect(bound.attribution).toEqual({ dealer_code: "HZ001", source: "binding", reason: null })
      await api.post(`/admin/distribution/dealers/${dealers.HZ001.dealer.id}/suspend`, {}, admin)
      const boundInactive = await agreed("visit", { code: "SH001", cart_id: await newCart() }, shopper.customer_id, shopper.headers)
      expect(boundInactive.attribution).toEqual({ dealer_code: null, source: "none", reason: "dealer_inactive" })
      // The suspended dealer's own code: recorded, refused as a reason.
      const suspended = await agreed("visit", { code: "HZ001", cart_id: await newCart() })
      expect(suspended.referral).toEqual(expect.objectContaining({ accepted: false, reason: "dealer_inactive" }))

      // Each answered touch wrote exactly one visit, with the link's code, the customer and the hashed address.
      const [row] = await rows(`select * from distribution_referral_visit where visitor_token = ? order by created_at`, [first.visitor_token])
      expect(row).toEqual(
        expect.objectContaining({
          code: "NB001",
          source: "link",
          cart_id: null,
          customer_id: null,
          link_id: expect.stringMatching(/^rlink_/),
          dealer_id: dealers.NB001.dealer.id,
          ip_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
          deleted_at: null,
        })
      )
      const ownRow = (await rows(`select customer_id, source from distribution_referral_visit where customer_id = ?`, [dealers.NB001.customer_id]))
      expect(ownRow).toHaveLength(2)
    })

    it("refuses in the workflow's order — unknown code, refused code, missing cart, completed cart — writing nothing", async () => {
      const before = await visitCount()
      const completed = await newCart()
      await getContainer().resolve(Modules.CART).updateCarts(completed, { completed_at: new Date() } as any)
      const campaign = (await api.post(`/admin/distribution/dealers/${dealers.SH001.dealer.id}/links`, { name: "Spring", target_type: "home" }, admin)).data.link
      await api.post(`/admin/distribution/links/${campaign.id}`, { status: "paused" }, admin)

      // An unknown code wins over a missing or completed cart, and spends the unknown-code budget.
      const unknown = await touch("visit", { code: "nope42", cart_id: "cart_missing" })
      expect([unknown.status, unknown.data.message]).toEqual([404, "Referral code NOPE42 does not exist."])
      expect((await touch("attach", { code: "NOPE42", cart_id: completed })).status).toBe(404)
      const counters = await rows(`select id, hits from distribution_rate_limit_window where id like 'unknown:ip:%'`)
      expect(counters).toHaveLength(1)
      expect(counters[0].hits).toBe(2)

      // A typed code that cannot attribute wins over the cart's state.
      const refused = await touch("attach", { code: campaign.code, cart_id: "cart_missing" })
      expect([refused.status, refused.data.message]).toEqual([400, `Referral code ${campaign.code} is paused.`])
      // … a plain visit of it reaches the cart check.
      expect((await touch("visit", { code: campaign.code, cart_id: "cart_missing" })).status).toBe(404)

      // A known code on a missing cart is a 404 of the cart and spends no unknown-code budget; a completed cart is frozen.
      const missing = await touch("visit", { code: "SH001", cart_id: "cart_missing" })
      expect([missing.status, missing.data.message]).toEqual([404, "Cart with id: cart_missing was not found"])
      const frozen = await touch("attach", { code: "SH001", cart_id: completed })
      expect([frozen.status, frozen.data.message]).toEqual([400, `Cart ${completed} is already completed; the order's attribution is frozen.`])
      expect((await rows(`select hits from distribution_rate_limit_window where id like 'unknown:ip:%'`))[0].hits).toBe(2)

      expect(await visitCount()).toBe(before)
    })

    it("the workflow marks an unknown code's 404 structurally, and compensates nothing it did not write", async () => {
      const error = await recordReferralTouchWorkflow(getContainer())
        .run({ input: { code: "NOPE43", source: "link", visitor_token: token("wf") } })
        .then(() => null, (e) => e)
      expect(error).toEqual(expect.objectContaining({ type: "not_found", message: "Referral code NOPE43 does not exist." }))
      expect(isUnknownReferralCode(error)).toBe(true)
      // Rewording the message does not hide it from the limiter; a look-alike 404 is not one.
      expect(isUnknownReferralCode({ ...error, message: "Unknown code." })).toBe(true)
      expect(isUnknownReferralCode({ type: "not_found", message: "Referral code NOPE43 does not exist." })).toBe(false)

      const cartId = await newCart()
      const { result } = await recordReferralTouchWorkflow(getContainer()).run({
        input: { code: "SH001", source: "code", cart_id: cartId, visitor_token: token("wf") },
      })
      expect(result.attribution).toEqual({ dealer_code: "SH001", source: "code", reason: null })
      expect(result.attribution).toEqual(await reference(cartId, null))
    })
  },
})
