import { distributionTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import {
  createPublishableKey,
  registerCustomer,
  RequestConfig,
  signInAdmin,
} from "../helpers/auth"
import { setUpStorefront } from "../helpers/storefront"

jest.setTimeout(120 * 1000)

const failed = (promise: Promise<any>) => promise.then(
  (res) => {
    throw new Error(`expected a failure, got ${res.status}: ${JSON.stringify(res.data)}`)
  },
  (err) => err.response
)

distributionTestRunner({
  testSuite: ({ api, getContainer, dbUtils }) => {
    let admin: RequestConfig
    let publishableKey: string
    let tiers: Record<"T1" | "T2" | "T3", any>

    // Admin, storefront key and three tiers are created once and kept in the
    // database template every test starts from.
    beforeAll(async () => {
      const container = getContainer()
      admin = await signInAdmin(api, container)
      publishableKey = await createPublishableKey(container)
      tiers = {} as any
      for (const [code, rank, en, zh] of [
        ["T1", 1, "Tier 1 distributor", "一级经销商"],
        ["T2", 2, "Tier 2 distributor", "二级经销商"],
        ["T3", 3, "Tier 3 distributor", "三级经销商"],
      ] as const) {
        const res = await api.post(
          "/admin/distribution/tiers",
          { code, rank, name_en: en, name_zh: zh },
          admin
        )
        tiers[code] = res.data.tier
      }
      await dbUtils.snapshot()
    })

    const customerModule = () => getContainer().resolve(Modules.CUSTOMER)

    async function createCustomer(email: string) {
      return await customerModule().createCustomers({ email, first_name: email.split("@")[0] })
    }

    async function groupIdsOf(customerId: string) {
      const links = await customerModule().listCustomerGroupCustomers({ customer_id: customerId })
      return links.map((l) => l.customer_group_id).sort()
    }

    async function createDealer(body: Record<string, unknown>) {
      const res = await api.post("/admin/distribution/dealers", body, admin)
      return res.data.dealer
    }

    /** A(T1) → B(T2) → C(T3), plus a second top-level dealer A2. */
    async function seedNetwork() {
      const [ca, cb, cc, ca2] = await Promise.all(
        ["a", "b", "c", "a2"].map((n) => createCustomer(`${n}@dealers.test`))
      )
      const A = await createDealer({ customer_id: ca.id, tier_id: tiers.T1.id, display_name: "Hangzhou", code: "HZ001" })
      const B = await createDealer({ customer_id: cb.id, tier_id: tiers.T2.id, display_name: "Ningbo", parent_id: A.id })
      const C = await createDealer({ customer_id: cc.id, tier_id: tiers.T3.id, display_name: "Yinzhou", parent_id: B.id })
      const A2 = await createDealer({ customer_id: ca2.id, tier_id: tiers.T1.id, display_name: "Shanghai" })
      return { A, B, C, A2 }
    }

    describe("tiers", () => {
      it("creates each tier with its own customer group, lists them by rank with dealer counts", async () => {
        const groups = await customerModule().listCustomerGroups({ id: Object.values(tiers).map((t) => t.customer_group_id) })
        expect(groups.map((g) => g.name).sort()).toEqual([
          "一级经销商 / Tier 1 distributor (T1)",
          "三级经销商 / Tier 3 distributor (T3)",
          "二级经销商 / Tier 2 distributor (T2)",
        ])

        const c = await createCustomer("tiered@dealers.test")
        await createDealer({ customer_id: c.id, tier_id: tiers.T2.id, display_name: "Counted" })

        const { data } = await api.get("/admin/distribution/tiers", admin)
        expect(data.count).toBe(3)
        expect(data.tiers.map((t: any) => [t.code, t.dealer_count])).toEqual([
          ["T1", 0],
          ["T2", 1],
          ["T3", 0],
        ])
      })

      it("refuses a duplicate code, unknown fields and bad values (400), unknown ids (404)", async () => {
        const dup = await failed(
          api.post("/admin/distribution/tiers", { code: "T1", rank: 4, name_en: "x", name_zh: "x" }, admin)
        )
        expect(dup.status).toBe(400)
        expect(dup.data.message).toContain("T1")

        const unknown = await failed(
          api.post("/admin/distribution/tiers", { code: "T9", rank: 4, name_en: "x", name_zh: "x", colour: "red" }, admin)
        )
        expect(unknown.status).toBe(400)

        const badRank = await failed(
          api.post("/admin/distribution/tiers", { code: "T9", rank: 0, name_en: "x", name_zh: "x" }, admin)
        )
        expect(badRank.status).toBe(400)

        expect((await failed(api.get("/admin/distribution/tiers/dtier_missing", admin))).status).toBe(404)
        expect((await failed(api.post("/admin/distribution/tiers/dtier_missing", { rank: 2 }, admin))).status).toBe(404)
        expect((await failed(api.delete("/admin/distribution/tiers/dtier_missing", admin))).status).toBe(404)
      })

      it("renames the customer group with the tier", async () => {
        const { data } = await api.post(`/admin/distribution/tiers/${tiers.T1.id}`, { name_en: "Gold distributor" }, admin)
        expect(data.tier.name_en).toBe("Gold distributor")
        const group = await customerModule().retrieveCustomerGroup(tiers.T1.customer_group_id)
        expect(group.name).toBe("一级经销商 / Gold distributor (T1)")
      })

      it("refuses to delete a tier that has dealers, deletes an empty one with its group", async () => {
        const c = await createCustomer("keeps@dealers.test")
        await createDealer({ customer_id: c.id, tier_id: tiers.T3.id, display_name: "Keeper" })

        const refused = await failed(api.delete(`/admin/distribution/tiers/${tiers.T3.id}`, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("still has 1 dealer")
        expect((await api.get(`/admin/distribution/tiers/${tiers.T3.id}`, admin)).status).toBe(200)

        const { data } = await api.delete(`/admin/distribution/tiers/${tiers.T2.id}`, admin)
        expect(data).toEqual({ id: tiers.T2.id, object: "dealer_tier", deleted: true })
        expect((await failed(api.get(`/admin/distribution/tiers/${tiers.T2.id}`, admin))).status).toBe(404)
        const groups = await customerModule().listCustomerGroups({ id: tiers.T2.customer_group_id })
        expect(groups).toHaveLength(0)
      })
    })

    describe("dealers", () => {
      it("creates dealers in the tree with codes, paths and tier group membership", async () => {
        const { A, B, C } = await seedNetwork()
        expect(A).toEqual(
          expect.objectContaining({ code: "HZ001", depth: 1, parent_id: null, status: "active", path: `${A.id}/` })
        )
        expect(B.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
        expect(C).toEqual(expect.objectContaining({ depth: 3, parent_id: B.id, path: `${A.id}/${B.id}/${C.id}/` }))
        expect(C.tier).toEqual(expect.objectContaining({ code: "T3" }))
        expect(C.parent).toEqual(expect.objectContaining({ id: B.id, code: B.code }))
        expect(C.customer).toEqual(expect.objectContaining({ email: "c@dealers.test" }))
        expect(await groupIdsOf(C.customer_id)).toEqual([tiers.T3.customer_group_id])
      })

      it("refuses a fourth level, a taken code or customer, and unknown references — writing nothing", async () => {
        const { A, C } = await seedNetwork()
        const d = await createCustomer("d@dealers.test")

        const tooDeep = await failed(
          api.post("/admin/distribution/dealers", { customer_id: d.id, tier_id: tiers.T3.id, display_name: "D", parent_id: C.id }, admin)
        )
        expect(tooDeep.status).toBe(400)
        expect(tooDeep.data.message).toContain("maximum of 3 levels")

        const takenCode = await failed(
          api.post("/admin/distribution/dealers", { customer_id: d.id, tier_id: tiers.T3.id, display_name: "D", code: "hz001" }, admin)
        )
        expect(takenCode.status).toBe(400)
        expect(takenCode.data.message).toContain("HZ001")

        const takenCustomer = await failed(
          api.post("/admin/distribution/dealers", { customer_id: A.customer_id, tier_id: tiers.T3.id, display_name: "Again" }, admin)
        )
        expect(takenCustomer.status).toBe(400)
        expect(takenCustomer.data.message).toContain("one dealer profile")

        for (const [body, status] of [
          [{ customer_id: "cus_missing", tier_id: tiers.T3.id, display_name: "D" }, 404],
          [{ customer_id: d.id, tier_id: "dtier_missing", display_name: "D" }, 404],
          [{ customer_id: d.id, tier_id: tiers.T3.id, display_name: "D", parent_id: "dlr_missing" }, 404],
          [{ customer_id: d.id, tier_id: tiers.T3.id, display_name: "" }, 400],
          [{ customer_id: d.id, tier_id: tiers.T3.id, display_name: "D", phone: "call me" }, 400],
          [{ customer_id: d.id, tier_id: tiers.T3.id, display_name: "D", contract_start_at: "2026-02-01", contract_end_at: "2026-01-01" }, 400],
          [{ customer_id: d.id, tier_id: tiers.T3.id, display_name: "D", path: "x/" }, 400],
        ] as const) {
          const res = await failed(api.post("/admin/distribution/dealers", body, admin))
          expect([res.status, res.data.message]).toEqual([status, expect.any(String)])
        }

        const { data } = await api.get("/admin/distribution/dealers?customer_id=" + d.id, admin)
        expect(data.count).toBe(0)
        expect(await groupIdsOf(d.id)).toEqual([])
      })

      it("lists with search, filters and pagination", async () => {
        const { A, B, C, A2 } = await seedNetwork()
        const list = async (qs: string) => (await api.get(`/admin/distribution/dealers?${qs}`, admin)).data

        expect((await list("q=Ningbo")).dealers.map((d: any) => d.id)).toEqual([B.id])
        expect((await list(`tier_id=${tiers.T1.id}&order=display_name`)).dealers.map((d: any) => d.id)).toEqual([A.id, A2.id])
        expect((await list(`parent_id=${B.id}`)).dealers.map((d: any) => d.id)).toEqual([C.id])
        expect((await list("depth=1")).count).toBe(2)

        const page = await list("limit=2&offset=0&order=created_at")
        expect([page.count, page.limit, page.offset, page.dealers.length]).toEqual([4, 2, 0, 2])
        expect(page.dealers[0].id).toBe(A.id)

        await api.post(`/admin/distribution/dealers/${A2.id}/suspend`, {}, admin)
        expect((await list("status=suspended")).dealers.map((d: any) => d.id)).toEqual([A2.id])
        expect((await list("status[]=active&status[]=suspended")).count).toBe(4)

        expect((await failed(api.get("/admin/distribution/dealers?status=sleeping", admin))).status).toBe(400)
        expect((await failed(api.get("/admin/distribution/dealers?colour=red", admin))).status).toBe(400)
      })

      it("retrieves a dealer with its upline chain and downline counts, and the downline tree", async () => {
        const { A, B, C } = await seedNetwork()
        const { data } = await api.get(`/admin/distribution/dealers/${C.id}`, admin)
        expect(data.dealer.upline.map((d: any) => d.id)).toEqual([B.id, A.id])
        expect(data.dealer.downline_counts).toEqual({ direct: 0, total: 0 })

        const top = (await api.get(`/admin/distribution/dealers/${A.id}`, admin)).data.dealer
        expect(top.upline).toEqual([])
        expect(top.downline_counts).toEqual({ direct: 1, total: 2 })

        const tree = (await api.get(`/admin/distribution/dealers/${A.id}/downline`, admin)).data
        expect(tree.dealer_id).toBe(A.id)
        expect(tree.downline).toHaveLength(1)
        expect(tree.downline[0]).toEqual(expect.objectContaining({ id: B.id, level: 1 }))
        expect(tree.downline[0].children.map((n: any) => [n.id, n.level])).toEqual([[C.id, 2]])

        expect(tree).toEqual(expect.objectContaining({ count: 2, limit: 2000, truncated: false }))
        expect(tree.downline[0].tier).toEqual(expect.objectContaining({ code: expect.any(String), rank: expect.any(Number) }))

        const shallow = (await api.get(`/admin/distribution/dealers/${A.id}/downline?depth=1`, admin)).data
        expect(shallow.downline[0].children).toEqual([])
        expect(shallow).toEqual(expect.objectContaining({ count: 1, truncated: false }))

        // At most `limit` dealers, nearest levels first; `truncated` says there are more.
        const capped = (await api.get(`/admin/distribution/dealers/${A.id}/downline?limit=1`, admin)).data
        expect(capped).toEqual(expect.objectContaining({ count: 2, limit: 1, truncated: true }))
        expect(capped.downline.map((n: any) => [n.id, n.children.length])).toEqual([[B.id, 0]])
        expect((await failed(api.get(`/admin/distribution/dealers/${A.id}/downline?limit=0`, admin))).status).toBe(400)

        expect((await failed(api.get("/admin/distribution/dealers/dlr_missing", admin))).status).toBe(404)
        expect((await failed(api.get("/admin/distribution/dealers/dlr_missing/downline", admin))).status).toBe(404)
      })

      it("moves a subtree atomically, refuses cycles and depth overflow, and records history", async () => {
        const { A, B, C, A2 } = await seedNetwork()

        const moved = await api.post(
          `/admin/distribution/dealers/${B.id}/move`,
          { parent_id: A2.id, reason: "Territory change" },
          admin
        )
        expect(moved.data.dealer).toEqual(expect.objectContaining({ parent_id: A2.id, depth: 2 }))
        const c = (await api.get(`/admin/distribution/dealers/${C.id}`, admin)).data.dealer
        expect(c.path).toBe(`${A2.id}/${B.id}/${C.id}/`)
        expect(c.upline.map((d: any) => d.id)).toEqual([B.id, A2.id])

        const cycle = await failed(api.post(`/admin/distribution/dealers/${A2.id}/move`, { parent_id: C.id }, admin))
        expect(cycle.status).toBe(400)
        expect(cycle.data.message).toContain("cycle")

        const self = await failed(api.post(`/admin/distribution/dealers/${B.id}/move`, { parent_id: B.id }, admin))
        expect(self.status).toBe(400)

        const tooDeep = await failed(api.post(`/admin/distribution/dealers/${A2.id}/move`, { parent_id: A.id }, admin))
        expect(tooDeep.status).toBe(400)
        expect(tooDeep.data.message).toContain("maximum of 3 levels")

        const toTop = await api.post(`/admin/distribution/dealers/${B.id}/move`, { parent_id: null }, admin)
        expect(toTop.data.dealer).toEqual(expect.objectContaining({ parent_id: null, depth: 1, path: `${B.id}/` }))
        expect((await api.get(`/admin/distribution/dealers/${C.id}`, admin)).data.dealer.depth).toBe(2)

        const history = (await api.get(`/admin/distribution/dealers/${B.id}/history?order=created_at`, admin)).data
        expect(history.history.map((h: any) => [h.action, h.from_value, h.to_value, h.reason])).toEqual([
          ["joined", null, A.id, null],
          ["moved", A.id, A2.id, "Territory change"],
          ["moved", A2.id, null, null],
        ])
        expect(history.history[1].actor_id).toMatch(/^user_/)
      })

      it("suspends, reactivates and terminates with tier prices following the status", async () => {
        const { B } = await seedNetwork()
        const t2Group = tiers.T2.customer_group_id

        const suspended = await api.post(`/admin/distribution/dealers/${B.id}/suspend`, { reason: "Audit" }, admin)
        expect(suspended.data.dealer.status).toBe("suspended")
        expect(suspended.data.dealer.path).toBe(B.path)
        expect(await groupIdsOf(B.customer_id)).toEqual([])

        await api.post(`/admin/distribution/dealers/${B.id}/reactivate`, {}, admin)
        expect(await groupIdsOf(B.customer_id)).toEqual([t2Group])

        const again = await failed(api.post(`/admin/distribution/dealers/${B.id}/reactivate`, {}, admin))
        expect(again.status).toBe(400)

        await api.post(`/admin/distribution/dealers/${B.id}/terminate`, { reason: "Contract ended" }, admin)
        expect(await groupIdsOf(B.customer_id)).toEqual([])
        const final = await failed(api.post(`/admin/distribution/dealers/${B.id}/reactivate`, {}, admin))
        expect(final.status).toBe(400)
        expect(final.data.message).toContain("terminated is final")

        const history = (await api.get(`/admin/distribution/dealers/${B.id}/history?order=created_at`, admin)).data.history
        expect(history.filter((h: any) => h.action === "status_changed").map((h: any) => [h.from_value, h.to_value])).toEqual([
          ["active", "suspended"],
          ["suspended", "active"],
          ["active", "terminated"],
        ])
      })

      it("changes tier, moving the customer between tier groups, and updates the profile", async () => {
        const { C } = await seedNetwork()
        const { data } = await api.post(
          `/admin/distribution/dealers/${C.id}`,
          { tier_id: tiers.T2.id, reason: "Upgrade", phone: "+86 138-0000-0000", contract_number: "HT-2026-7" },
          admin
        )
        expect(data.dealer).toEqual(
          expect.objectContaining({ tier_id: tiers.T2.id, phone: "+86 138-0000-0000", contract_number: "HT-2026-7" })
        )
        expect(await groupIdsOf(C.customer_id)).toEqual([tiers.T2.customer_group_id])
        const history = (await api.get(`/admin/distribution/dealers/${C.id}/history`, admin)).data.history
        expect(history[0]).toEqual(expect.objectContaining({ action: "tier_changed", from_value: tiers.T3.id, to_value: tiers.T2.id, reason: "Upgrade" }))

        expect((await failed(api.post(`/admin/distribution/dealers/${C.id}`, { tier_id: "dtier_missing" }, admin))).status).toBe(404)
        expect(await groupIdsOf(C.customer_id)).toEqual([tiers.T2.customer_group_id])
        expect((await failed(api.post(`/admin/distribution/dealers/${C.id}`, { code: "NEW" }, admin))).status).toBe(400)
      })
    })

    describe("tier prices", () => {
      it("shows a signed-in active dealer its tier's price-list prices through Medusa's own pricing", async () => {
        const { region, product, publishableKey } = await setUpStorefront(api, admin)
        await api.post(
          "/admin/price-lists",
          {
            title: "Tier 2 prices",
            description: "二级经销商价",
            status: "active",
            rules: { "customer.groups.id": [tiers.T2.customer_group_id] },
            prices: [{ amount: 80, currency_code: "cny", variant_id: product.variants[0].id }],
          },
          admin
        )

        const dealer = await registerCustomer(api, publishableKey, "priced@dealers.test")
        const created = await createDealer({ customer_id: dealer.customer_id, tier_id: tiers.T2.id, display_name: "Priced" })
        const priceFor = async (headers: Record<string, string>) => {
          const { data } = await api.get(
            `/store/products/${product.id}?region_id=${region.id}&fields=*variants.calculated_price`,
            { headers }
          )
          return Number(data.product.variants[0].calculated_price.calculated_amount)
        }

        expect(await priceFor({ "x-publishable-api-key": publishableKey })).toBe(100)
        expect(await priceFor(dealer.config.headers)).toBe(80)

        await api.post(`/admin/distribution/dealers/${created.id}/suspend`, {}, admin)
        expect(await priceFor(dealer.config.headers)).toBe(100)
      })
    })

    describe("applications", () => {
      it("lets a signed-in customer apply once, see only its own application, and be approved into the tree", async () => {
        const { A } = await seedNetwork()
        const wang = await registerCustomer(api, publishableKey, "wang@shop.test")
        const li = await registerCustomer(api, publishableKey, "li@shop.test")

        const anonymous = await failed(
          api.post("/store/distribution/applications", { contact_name: "X", phone: "13800000000" }, { headers: { "x-publishable-api-key": publishableKey } })
        )
        expect(anonymous.status).toBe(401)

        const notDealer = await failed(api.get("/store/distribution/me", wang.config))
        expect(notDealer.status).toBe(404)

        const submitted = await api.post(
          "/store/distribution/applications",
          {
            company_name: "王氏商贸",
            contact_name: "王伟",
            phone: "13800000000",
            requested_tier_id: tiers.T2.id,
            desired_parent_code: "hz001",
            message: "We cover Ningbo.",
          },
          wang.config
        )
        expect(submitted.status).toBe(201)
        expect(submitted.data.application).toEqual(
          expect.objectContaining({ status: "pending", desired_parent_code: "HZ001", contact_name: "王伟" })
        )
        expect(submitted.data.application.reviewed_by).toBeUndefined()

        const second = await failed(
          api.post("/store/distribution/applications", { contact_name: "王伟", phone: "13800000000" }, wang.config)
        )
        expect(second.status).toBe(400)
        expect(second.data.message).toContain("one open application")

        expect((await api.get("/store/distribution/applications", wang.config)).data.applications).toHaveLength(1)
        expect((await api.get("/store/distribution/applications", li.config)).data.applications).toEqual([])

        const queue = (await api.get("/admin/distribution/applications?status=pending", admin)).data
        expect(queue.count).toBe(1)
        const application = queue.applications[0]
        expect(application.customer).toEqual(expect.objectContaining({ email: "wang@shop.test" }))
        expect(application.requested_tier).toEqual(expect.objectContaining({ code: "T2" }))
        expect(application.desired_parent_id).toBe(A.id)

        const approved = await api.post(`/admin/distribution/applications/${application.id}/approve`, {}, admin)
        expect(approved.data.application).toEqual(
          expect.objectContaining({ status: "approved", dealer_id: approved.data.dealer.id, reviewed_by: expect.stringMatching(/^user_/) })
        )
        expect(approved.data.dealer).toEqual(
          expect.objectContaining({ parent_id: A.id, tier_id: tiers.T2.id, display_name: "王氏商贸", customer_id: wang.customer_id, depth: 2 })
        )
        expect(await groupIdsOf(wang.customer_id)).toEqual([tiers.T2.customer_group_id])

        const me = (await api.get("/store/distribution/me", wang.config)).data.dealer
        expect(me).toEqual(
          expect.objectContaining({
            code: approved.data.dealer.code,
            status: "active",
            level: 2,
            upline: { code: "HZ001", display_name: "Hangzhou" },
            downline_counts: { direct: 0, total: 0 },
          })
        )
        expect(me.tier).toEqual(expect.objectContaining({ code: "T2", name_zh: "二级经销商" }))
        expect(me.path).toBeUndefined()
        expect(me.customer_id).toBeUndefined()

        const twice = await failed(api.post(`/admin/distribution/applications/${application.id}/approve`, {}, admin))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toContain("already approved")

        const asDealer = await failed(
          api.post("/store/distribution/applications", { contact_name: "王伟", phone: "13800000000" }, wang.config)
        )
        expect(asDealer.status).toBe(400)
      })

      it("validates applications with clear messages", async () => {
        const zhao = await registerCustomer(api, publishableKey, "zhao@shop.test")
        for (const body of [
          { contact_name: "赵", phone: "13800000000", desired_parent_code: "NOPE99" },
          { contact_name: "赵", phone: "13800000000", requested_tier_id: "dtier_missing" },
          { contact_name: "赵" },
          { contact_name: "赵", phone: "13800000000", status: "approved" },
          { contact_name: "赵", phone: "13800000000", email: "not-an-email" },
        ]) {
          const res = await failed(api.post("/store/distribution/applications", body, zhao.config))
          expect(res.status).toBe(400)
          expect(res.data.message).toEqual(expect.any(String))
        }
        const unknownCode = await failed(
          api.post("/store/distribution/applications", { contact_name: "赵", phone: "13800000000", desired_parent_code: "NOPE99" }, zhao.config)
        )
        expect(unknownCode.data.message).toContain("NOPE99")
        expect((await api.get("/store/distribution/applications", zhao.config)).data.applications).toEqual([])
      })

      it("rejects with a reason, after which the customer may apply again; a failed approval writes nothing", async () => {
        const { C } = await seedNetwork()
        const zhou = await registerCustomer(api, publishableKey, "zhou@shop.test")
        const first = (
          await api.post("/store/distribution/applications", { contact_name: "周", phone: "13900000000" }, zhou.config)
        ).data.application

        expect((await failed(api.post(`/admin/distribution/applications/${first.id}/reject`, {}, admin))).status).toBe(400)
        const rejected = await api.post(`/admin/distribution/applications/${first.id}/reject`, { reason: "Region covered" }, admin)
        expect(rejected.data.application).toEqual(expect.objectContaining({ status: "rejected", rejection_reason: "Region covered" }))
        const mine = (await api.get("/store/distribution/applications", zhou.config)).data.applications
        expect(mine[0]).toEqual(expect.objectContaining({ status: "rejected", rejection_reason: "Region covered" }))

        const second = (
          await api.post("/store/distribution/applications", { contact_name: "周", phone: "13900000000" }, zhou.config)
        ).data.application

        const noTier = await failed(api.post(`/admin/distribution/applications/${second.id}/approve`, {}, admin))
        expect(noTier.status).toBe(400)
        expect(noTier.data.message).toContain("tier")

        const tooDeep = await failed(
          api.post(`/admin/distribution/applications/${second.id}/approve`, { tier_id: tiers.T3.id, parent_id: C.id }, admin)
        )
        expect(tooDeep.status).toBe(400)
        expect((await api.get(`/admin/distribution/applications/${second.id}`, admin)).data.application.status).toBe("pending")
        expect((await api.get(`/admin/distribution/dealers?customer_id=${zhou.customer_id}`, admin)).data.count).toBe(0)
        expect(await groupIdsOf(zhou.customer_id)).toEqual([])

        const ok = await api.post(
          `/admin/distribution/applications/${second.id}/approve`,
          { tier_id: tiers.T3.id, parent_id: null, code: "zhou01", display_name: "周记" },
          admin
        )
        expect(ok.data.dealer).toEqual(expect.objectContaining({ code: "ZHOU01", depth: 1, display_name: "周记" }))
        expect((await failed(api.get("/admin/distribution/applications/dapp_missing", admin))).status).toBe(404)
      })

      it("serves the tier list to storefronts and guards the admin API", async () => {
        const { data } = await api.get("/store/distribution/tiers", { headers: { "x-publishable-api-key": publishableKey } })
        expect(data.tiers.map((t: any) => t.code)).toEqual(["T1", "T2", "T3"])
        expect(data.tiers[0].customer_group_id).toBeUndefined()

        const noAuth = await failed(api.get("/admin/distribution/dealers"))
        expect(noAuth.status).toBe(401)
        const customer = await registerCustomer(api, publishableKey, "sneaky@shop.test")
        const asCustomer = await failed(api.get("/admin/distribution/dealers", customer.config))
        expect(asCustomer.status).toBe(401)
      })
    })
  },
})
