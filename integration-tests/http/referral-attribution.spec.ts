import { distributionTestRunner } from "../helpers/test-runner"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"
import { attributeOrderWorkflow } from "../../src/workflows"

jest.setTimeout(180 * 1000)

const failed = (promise: Promise<any>) =>
  promise.then(
    (res) => {
      throw new Error(`expected a failure, got ${res.status}: ${JSON.stringify(res.data)}`)
    },
    (err) => err.response
  )

distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils, utils }) => {
    let admin: RequestConfig
    let pk: Record<string, string>
    let regionId: string
    let variantId: string
    let productId: string
    let A: any
    let B: any
    let aAccount: { customer_id: string; config: RequestConfig }

    // A store that can take orders, and two dealers A → B, kept in the template.
    beforeAll(async () => {
      const container = getContainer()
      admin = await signInAdmin(api, container)
      const store = await setUpStorefront(api, admin)
      regionId = store.region.id
      pk = store.pk
      variantId = store.variantId
      productId = store.product.id

      const tier = (
        await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "Tier 1", name_zh: "一级" }, admin)
      ).data.tier
      aAccount = await registerCustomer(api, store.publishableKey, "dealer-a@dealers.test")
      const bAccount = await registerCustomer(api, store.publishableKey, "dealer-b@dealers.test")
      A = (await api.post("/admin/distribution/dealers", { customer_id: aAccount.customer_id, tier_id: tier.id, display_name: "Hangzhou", code: "HZ001" }, admin)).data.dealer
      B = (await api.post("/admin/distribution/dealers", { customer_id: bAccount.customer_id, tier_id: tier.id, display_name: "Ningbo", code: "NB001", parent_id: A.id }, admin)).data.dealer
      await dbUtils.snapshot()
    })

    const productIdOf = () => productId
    const registerCustomerLogin = async (email: string) => {
      const { data } = await api.post("/auth/customer/emailpass", { email, password: "supersecret" })
      return { headers: { ...pk, authorization: `Bearer ${data.token}` } }
    }

    const visit = (body: Record<string, unknown>, headers: Record<string, string> = pk) =>
      api.post("/store/distribution/referrals/visit", body, { headers })

    async function newCart(headers: Record<string, string> = pk, email = "guest@shop.test") {
      const cart = (await api.post("/store/carts", { region_id: regionId, email }, { headers })).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 2 }, { headers })
      return cart.id as string
    }

    async function complete(cartId: string, headers: Record<string, string> = pk) {
      const collection = (await api.post("/store/payment-collections", { cart_id: cartId }, { headers })).data.payment_collection
      await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
      expect(data.type).toBe("order")
      await utils.waitWorkflowExecutions()
      return data.order
    }

    async function attributionOf(orderId: string) {
      for (let i = 0; i < 50; i++) {
        const res = await api.get(`/admin/distribution/attributions/${orderId}`, admin).catch((e: any) => e.response)
        if (res.status === 200) {
          return res.data.attribution
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`no attribution for ${orderId}`)
    }

    it("visit → cart → order: the order is attributed to the link's dealer with its frozen chain, and the customer is bound", async () => {
      const cartId = await newCart()
      const res = await visit({ code: "nb001", cart_id: cartId })
      expect(res.data).toEqual(
        expect.objectContaining({
          visitor_token: expect.stringMatching(/^vt_/),
          referral: expect.objectContaining({ code: "NB001", accepted: true, reason: null }),
          dealer: { code: "NB001", display_name: "Ningbo" },
          attribution: { dealer_code: "NB001", source: "link", reason: null },
        })
      )

      const order = await complete(cartId)
      const attribution = await attributionOf(order.id)
      expect(attribution).toEqual(
        expect.objectContaining({ dealer_id: B.id, source: "link", reason: null, commissionable: true, cart_id: cartId })
      )
      expect(attribution.link).toEqual(expect.objectContaining({ code: "NB001", kind: "default" }))
      expect(attribution.chain.map((c: any) => [c.code, c.level])).toEqual([["NB001", 1], ["HZ001", 2]])
      const bindings = await (getContainer().resolve("distribution") as any).listCustomerBindings({
        customer_id: attribution.customer_id,
      })
      expect(bindings).toEqual([expect.objectContaining({ dealer_id: B.id, source: "order", order_id: order.id, ended_at: null })])

      // The chain is a snapshot: moving B later does not rewrite it.
      await api.post(`/admin/distribution/dealers/${B.id}/move`, { parent_id: null }, admin)
      expect((await attributionOf(order.id)).chain).toHaveLength(2)

      // The order froze the cart: no further touch can land on it.
      const late = await failed(visit({ code: "HZ001", cart_id: cartId }))
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("frozen")
    })

    it("a bound customer's later orders go to the bound dealer whatever link they use", async () => {
      const shopper = await registerCustomer(api, pk["x-publishable-api-key"], "loyal@shop.test")
      const headers = shopper.config.headers
      const first = await newCart(headers, "loyal@shop.test")
      await visit({ code: "NB001", cart_id: first }, headers)
      await attributionOf((await complete(first, headers)).id)

      const second = await newCart(headers, "loyal@shop.test")
      const res = await visit({ code: "HZ001", cart_id: second }, headers)
      expect(res.data.attribution).toEqual({ dealer_code: "NB001", source: "binding", reason: null })
      const attribution = await attributionOf((await complete(second, headers)).id)
      expect(attribution).toEqual(expect.objectContaining({ dealer_id: B.id, source: "binding" }))
    })

    it("first click wins by default, including an anonymous visit made before the cart existed", async () => {
      const early = await visit({ code: "HZ001" })
      const token = early.data.visitor_token
      expect(early.data.attribution).toEqual({ dealer_code: null, source: "none", reason: "no_referral" })

      const cartId = await newCart()
      const later = await visit({ code: "NB001", cart_id: cartId, visitor_token: token })
      expect(later.data.attribution.dealer_code).toBe("HZ001")
      expect((await attributionOf((await complete(cartId)).id)).dealer_id).toBe(A.id)
    })

    it("refuses unknown, paused and inactive codes, and attaching to nothing", async () => {
      const cartId = await newCart()
      const unknown = await failed(visit({ code: "NOPE42", cart_id: cartId }))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toContain("NOPE42")

      await api.post(`/admin/distribution/dealers/${B.id}/suspend`, {}, admin)
      const suspended = await visit({ code: "NB001", cart_id: cartId })
      expect(suspended.data.referral).toEqual(expect.objectContaining({ accepted: false, reason: "dealer_inactive" }))
      expect(suspended.data.attribution).toEqual({ dealer_code: null, source: "none", reason: "dealer_inactive" })

      const attach = await failed(api.post("/store/distribution/referrals/attach", { code: "NB001", cart_id: cartId }, { headers: pk }))
      expect(attach.status).toBe(400)
      expect(attach.data.message).toContain("not active")

      const noCart = await failed(api.post("/store/distribution/referrals/attach", { code: "HZ001" }, { headers: pk }))
      expect(noCart.status).toBe(400)
      const missingCart = await failed(api.post("/store/distribution/referrals/attach", { code: "HZ001", cart_id: "cart_missing" }, { headers: pk }))
      expect(missingCart.status).toBe(404)
      const dealerId = await failed(visit({ code: "HZ001", cart_id: cartId, dealer_id: A.id }))
      expect(dealerId.status).toBe(400)

      const ok = await api.post("/store/distribution/referrals/attach", { code: "hz001", cart_id: cartId }, { headers: pk })
      expect(ok.data.attribution).toEqual({ dealer_code: "HZ001", source: "code", reason: null })
      const attribution = await attributionOf((await complete(cartId)).id)
      expect(attribution).toEqual(expect.objectContaining({ dealer_id: A.id, source: "code" }))
    })

    it("records a dealer buying through its own link as self-referral, earning nothing", async () => {
      const headers = aAccount.config.headers
      const cartId = await newCart(headers, "dealer-a@dealers.test")
      await visit({ code: "HZ001", cart_id: cartId }, headers)
      const attribution = await attributionOf((await complete(cartId, headers)).id)
      expect(attribution).toEqual(
        expect.objectContaining({ dealer_id: A.id, reason: "self_referral", commissionable: false, source: "link" })
      )
    })

    it("writes one attribution and one binding when order.placed is delivered twice, even concurrently", async () => {
      const cartId = await newCart(pk, "twice@shop.test")
      await visit({ code: "HZ001", cart_id: cartId })
      const order = await complete(cartId)
      const first = await attributionOf(order.id)

      const container = getContainer()
      const runs = await Promise.all(
        [1, 2, 3].map(() => attributeOrderWorkflow(container).run({ input: { order_id: order.id } }))
      )
      expect(runs.map((r) => r.result.attribution.id)).toEqual([first.id, first.id, first.id])
      expect(runs.every((r) => r.result.created === false)).toBe(true)

      const service = container.resolve("distribution") as any
      expect(await service.listOrderAttributions({ order_id: order.id })).toHaveLength(1)
      const bindings = await service.listCustomerBindings({ customer_id: first.customer_id })
      expect(bindings).toHaveLength(1)

      // The attribution is linked to Medusa's order, readable in one query.
      const query = container.resolve("query") as any
      const { data } = await query.graph({
        entity: "order_attribution",
        fields: ["id", "order.id", "order.email"],
        filters: { order_id: order.id },
      })
      expect(data).toEqual([expect.objectContaining({ order: expect.objectContaining({ id: order.id, email: "twice@shop.test" }) })])
    })

    describe("dealer portal", () => {
      it("lists, creates, pauses and QR-codes the dealer's own links with their counts", async () => {
        const headers = aAccount.config.headers
        const listed = (await api.get("/store/distribution/me/links", { headers })).data.links
        expect(listed).toEqual([
          expect.objectContaining({ code: "HZ001", kind: "default", url: "http://localhost:8000/?ref=HZ001", visits: 0, conversion_rate: "0" }),
        ])

        const created = await api.post(
          "/store/distribution/me/links",
          { name: "Spring tea", target_type: "product", target_id: productIdOf(), expires_at: "2099-01-01T00:00:00Z" },
          { headers }
        )
        expect(created.status).toBe(201)
        const link = created.data.link
        expect(link).toEqual(expect.objectContaining({ kind: "campaign", name: "Spring tea", status: "active" }))
        expect(link.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
        expect(link.url).toBe(`http://localhost:8000/products/green-tea-250g?ref=${link.code}`)

        const cartId = await newCart()
        await visit({ code: link.code, cart_id: cartId })
        await visit({ code: link.code })
        await attributionOf((await complete(cartId)).id)
        const counted = (await api.get("/store/distribution/me/links", { headers })).data.links.find((l: any) => l.id === link.id)
        expect(counted).toEqual(expect.objectContaining({ visits: 2, carts: 1, orders: 1, conversion_rate: "0.5000" }))

        const svg = await api.get(`/store/distribution/me/links/${link.id}/qr.svg`, { headers })
        expect(svg.headers["content-type"]).toContain("image/svg+xml")
        expect(String(svg.data)).toContain("<svg")
        const png = await api.get(`/store/distribution/me/links/${link.id}/qr.png`, { headers, responseType: "arraybuffer" })
        expect(png.headers["content-type"]).toContain("image/png")
        expect(Buffer.from(png.data).subarray(1, 4).toString()).toBe("PNG")

        const paused = await api.post(`/store/distribution/me/links/${link.id}`, { status: "paused" }, { headers })
        expect(paused.data.link.status).toBe("paused")
        const refused = await failed(api.post("/store/distribution/referrals/attach", { code: link.code, cart_id: await newCart() }, { headers: pk }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("paused")

        for (const body of [
          { name: "" },
          { name: "x", target_type: "product" },
          { name: "x", target_type: "product", target_id: "prod_missing" },
          { name: "x", expires_at: "2001-01-01" },
          { name: "x", dealer_id: B.id },
        ]) {
          const res = await failed(api.post("/store/distribution/me/links", body, { headers }))
          expect([400, 404]).toContain(res.status)
        }
      })

      it("never shows a dealer another dealer's links or customers, nor a plain customer any", async () => {
        const bHeaders = (await registerCustomerLogin("dealer-b@dealers.test")).headers
        const aLinks = (await api.get("/store/distribution/me/links", { headers: aAccount.config.headers })).data.links
        const aLink = aLinks[0].id
        expect((await failed(api.get(`/store/distribution/me/links/${aLink}/qr.svg`, { headers: bHeaders }))).status).toBe(404)
        expect((await failed(api.post(`/store/distribution/me/links/${aLink}`, { status: "paused" }, { headers: bHeaders }))).status).toBe(404)
        expect((await api.get("/store/distribution/me/links", { headers: bHeaders })).data.links.map((l: any) => l.code)).toEqual(["NB001"])

        const plain = await registerCustomer(api, pk["x-publishable-api-key"], "plain@shop.test")
        expect((await failed(api.get("/store/distribution/me/links", plain.config))).status).toBe(404)
        expect((await failed(api.get("/store/distribution/me/customers", plain.config))).status).toBe(404)
        expect((await failed(api.get("/store/distribution/me/links", { headers: pk }))).status).toBe(401)
      })

      it("lists the dealer's bound customers with masked contact and what they bought", async () => {
        const shopper = await registerCustomer(api, pk["x-publishable-api-key"], "wang.wei@shop.test")
        const cartId = await newCart(shopper.config.headers, "wang.wei@shop.test")
        await visit({ code: "HZ001", cart_id: cartId }, shopper.config.headers)
        await attributionOf((await complete(cartId, shopper.config.headers)).id)

        const { data } = await api.get("/store/distribution/me/customers?limit=10", { headers: aAccount.config.headers })
        expect(data.count).toBe(1)
        expect(data.customers[0]).toEqual(
          expect.objectContaining({
            email: "w***@shop.test",
            source: "order",
            order_count: 1,
            total_spent: [{ currency_code: "cny", amount: "200" }],
            first_order_at: expect.any(String),
          })
        )
        expect(JSON.stringify(data)).not.toContain("wang.wei@")
        expect((await failed(api.get("/store/distribution/me/customers?limit=1000", { headers: aAccount.config.headers }))).status).toBe(400)
      })
    })

    describe("admin", () => {
      it("manages a dealer's links and serves their QR codes", async () => {
        const created = await api.post(
          `/admin/distribution/dealers/${B.id}/links`,
          { name: "Trade fair", target_type: "home" },
          admin
        )
        expect(created.status).toBe(201)
        const links = (await api.get(`/admin/distribution/dealers/${B.id}/links`, admin)).data.links
        expect(links.map((l: any) => [l.kind, l.name])).toEqual([["default", null], ["campaign", "Trade fair"]])

        const paused = await api.post(`/admin/distribution/links/${created.data.link.id}`, { status: "paused" }, admin)
        expect(paused.data.link.status).toBe("paused")
        expect((await api.get(`/admin/distribution/dealers/${B.id}/links?status=paused`, admin)).data.links).toHaveLength(1)

        const svg = await api.get(`/admin/distribution/links/${created.data.link.id}/qr.svg`, admin)
        expect(String(svg.data)).toContain("<svg")
        expect((await failed(api.get("/admin/distribution/links/rlink_missing/qr.png", admin))).status).toBe(404)
        expect((await failed(api.post(`/admin/distribution/links/${created.data.link.id}`, { code: "NEWCODE" }, admin))).status).toBe(400)
      })

      it("shows and rebinds a customer's binding with history and the chain above", async () => {
        const cartId = await newCart(pk, "rebound@shop.test")
        await visit({ code: "NB001", cart_id: cartId })
        const attribution = await attributionOf((await complete(cartId)).id)
        const customerId = attribution.customer_id

        const before = (await api.get(`/admin/distribution/customers/${customerId}/binding`, admin)).data
        expect(before.binding).toEqual(
          expect.objectContaining({ source: "order", dealer: expect.objectContaining({ code: "NB001" }), link: expect.objectContaining({ code: "NB001" }) })
        )
        expect(before.chain.map((d: any) => d.code)).toEqual(["HZ001"])

        expect((await failed(api.post(`/admin/distribution/customers/${customerId}/binding`, { dealer_id: A.id }, admin))).status).toBe(400)
        const same = await failed(api.post(`/admin/distribution/customers/${customerId}/binding`, { dealer_id: B.id, reason: "x" }, admin))
        expect(same.data.message).toContain("already bound")
        const own = await failed(api.post(`/admin/distribution/customers/${aAccount.customer_id}/binding`, { dealer_id: A.id, reason: "x" }, admin))
        expect(own.status).toBe(400)

        const after = (
          await api.post(`/admin/distribution/customers/${customerId}/binding`, { dealer_id: A.id, reason: "Moved to Hangzhou" }, admin)
        ).data
        expect(after.binding).toEqual(expect.objectContaining({ source: "admin", actor_id: expect.stringMatching(/^user_/) }))
        expect(after.binding.dealer.code).toBe("HZ001")
        expect(after.history.map((b: any) => [b.dealer.code, b.ended_at ? b.end_reason : null])).toEqual([
          ["HZ001", null],
          ["NB001", "Rebound: Moved to Hangzhou"],
        ])

        // The next order follows the new binding.
        const next = await newCart(pk, "rebound@shop.test")
        const res = await visit({ code: "NB001", cart_id: next })
        expect(res.data.attribution.source).toBe("binding")
      })

      it("draws a dealer's relationship graph with counts and sales, depth-limited and paged", async () => {
        const cartId = await newCart(pk, "graph@shop.test")
        await visit({ code: "NB001", cart_id: cartId })
        const attribution = await attributionOf((await complete(cartId)).id)

        const graph = (await api.get(`/admin/distribution/dealers/${A.id}/graph?depth=2`, admin)).data
        const byId = Object.fromEntries(graph.nodes.map((n: any) => [n.id, n]))
        expect(byId[A.id]).toEqual(
          expect.objectContaining({ type: "dealer", level: 0, counts: expect.objectContaining({ downline_direct: 1, downline_total: 1 }) })
        )
        expect(byId[B.id]).toEqual(
          expect.objectContaining({ level: 1, parent_id: A.id, counts: expect.objectContaining({ customers: 1, orders: 1 }), sales: [{ currency_code: "cny", amount: "200" }] })
        )
        expect(byId[attribution.customer_id]).toEqual(expect.objectContaining({ type: "customer", level: 2, parent_id: B.id }))
        expect(graph.edges).toEqual(
          expect.arrayContaining([
            { source: A.id, target: B.id, type: "upline" },
            { source: B.id, target: attribution.customer_id, type: "binding" },
          ])
        )

        const shallow = (await api.get(`/admin/distribution/dealers/${A.id}/graph?depth=1`, admin)).data
        expect(shallow.nodes.map((n: any) => n.id).sort()).toEqual([A.id, B.id].sort())
        const paged = (await api.get(`/admin/distribution/dealers/${A.id}/graph?depth=1&offset=1`, admin)).data
        expect(paged.nodes.map((n: any) => n.id)).toEqual([A.id])
        expect((await failed(api.get(`/admin/distribution/dealers/${A.id}/graph?depth=9`, admin))).status).toBe(400)
        expect((await failed(api.get(`/admin/distribution/dealers/dlr_missing/graph`, admin))).status).toBe(404)
      })
    })
  },
})
