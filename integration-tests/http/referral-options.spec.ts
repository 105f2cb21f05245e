import { distributionTestRunner } from "../helpers/test-runner"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"

jest.setTimeout(180 * 1000)

/**
 * The same flows as referral-attribution.spec.ts under the other settings of
 * the rules: last click, binding on a signed-in visit, dealer purchases
 * credited to the upline.
 */
// medusa-config.ts reads this when the runner loads it (before the runner's
// own `env` is applied); it is removed again when this file is done.
process.env.DISTRIBUTION_OPTIONS = JSON.stringify({
  attribution_model: "last_click",
  bind_on: "visit",
  dealer_purchases_attribute_to: "upline",
  storefront_url: "https://shop.example.cn/cn",
  referral_param: "dealer",
})
afterAll(() => {
  delete process.env.DISTRIBUTION_OPTIONS
})

distributionTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: RequestConfig
    let pk: Record<string, string>
    let A: any
    let B: any
    let bAccount: { customer_id: string; config: RequestConfig }
    let regionId: string
    let variantId: string

    beforeEach(async () => {
      admin = await signInAdmin(api, getContainer())
      const store = await setUpStorefront(api, admin, 50)
      regionId = store.region.id
      pk = store.pk
      variantId = store.variantId
      const tier = (await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "Tier 1", name_zh: "一级" }, admin)).data.tier
      const aAccount = await registerCustomer(api, store.publishableKey, "a@dealers.test")
      bAccount = await registerCustomer(api, store.publishableKey, "b@dealers.test")
      A = (await api.post("/admin/distribution/dealers", { customer_id: aAccount.customer_id, tier_id: tier.id, display_name: "A", code: "AAA001" }, admin)).data.dealer
      B = (await api.post("/admin/distribution/dealers", { customer_id: bAccount.customer_id, tier_id: tier.id, display_name: "B", code: "BBB001", parent_id: A.id }, admin)).data.dealer
    })

    const visit = (body: Record<string, unknown>, headers: Record<string, string> = pk) =>
      api.post("/store/distribution/referrals/visit", body, { headers })

    async function cartWithItem(headers: Record<string, string>, email: string) {
      const cart = (await api.post("/store/carts", { region_id: regionId, email }, { headers })).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, { headers })
      return cart.id as string
    }

    it("last click: the latest valid touch wins", async () => {
      const cartId = (await api.post("/store/carts", { region_id: regionId }, { headers: pk })).data.cart.id
      await visit({ code: "AAA001", cart_id: cartId })
      const res = await visit({ code: "BBB001", cart_id: cartId })
      expect(res.data.attribution).toEqual({ dealer_code: "BBB001", source: "link", reason: null })
    })

    it("bind_on visit: a signed-in visitor is bound at once, and later links do not move them", async () => {
      const shopper = await registerCustomer(api, pk["x-publishable-api-key"], "visitor@shop.test")
      await visit({ code: "BBB001" }, shopper.config.headers)
      const binding = (await api.get(`/admin/distribution/customers/${shopper.customer_id}/binding`, admin)).data.binding
      expect(binding).toEqual(expect.objectContaining({ source: "visit", dealer: expect.objectContaining({ code: "BBB001" }) }))

      const cartId = await cartWithItem(shopper.config.headers, "visitor@shop.test")
      const res = await visit({ code: "AAA001", cart_id: cartId }, shopper.config.headers)
      expect(res.data.attribution).toEqual({ dealer_code: "BBB001", source: "binding", reason: null })

      // A guest visit binds no one.
      await visit({ code: "AAA001" })
      const bindings = await (getContainer().resolve("distribution") as any).listCustomerBindings({})
      expect(bindings.map((b: any) => b.customer_id)).toEqual([shopper.customer_id])
    })

    it("dealer purchases credit the upline", async () => {
      const cartId = await cartWithItem(bAccount.config.headers, "b@dealers.test")
      const res = await visit({ code: "BBB001", cart_id: cartId }, bAccount.config.headers)
      expect(res.data.attribution).toEqual({ dealer_code: "AAA001", source: "binding", reason: "dealer_purchase_to_upline" })
      const binding = (await api.get(`/admin/distribution/customers/${bAccount.customer_id}/binding`, admin)).data.binding
      expect(binding).toBeNull()
    })

    it("builds links from storefront_url and referral_param", async () => {
      const links = (await api.get(`/admin/distribution/dealers/${A.id}/links`, admin)).data.links
      expect(links[0].url).toBe("https://shop.example.cn/cn/?dealer=AAA001")
    })
  },
})
