import { distributionTestRunner } from "../helpers/test-runner"
import { parse } from "csv-parse/sync"
import { registerCustomer, RequestConfig, signInAdmin } from "../helpers/auth"
import { fulfilOrder, placeOrder, setUpFulfilment } from "../helpers/order-lifecycle"
import { setUpStorefront } from "../helpers/storefront"
import { processPayouts } from "../../src/workflows/payout/utils/process-payouts"

jest.setTimeout(240 * 1000)

/**
 * Payouts with the manual provider, end to end through the admin and store
 * APIs: who a batch pays, the money it reserves, approval, marking paid or
 * failed, retries, removal, cancellation, withdrawals, payout accounts, the
 * export, and what the ledger says after each.
 */
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
    let store: Awaited<ReturnType<typeof setUpStorefront>>
    const dealers: Record<string, { dealer: any; headers: Record<string, string> }> = {}
    let stranger: Record<string, string>

    // HZ001 (tier 1) → NB101 → NB201 sells; SX301 is suspended; all have money to be paid.
    beforeAll(async () => {
      admin = await signInAdmin(api, getContainer())
      store = await setUpStorefront(api, admin)
      const tier = (await api.post("/admin/distribution/tiers", { code: "T1", rank: 1, name_en: "T1", name_zh: "一级" }, admin)).data.tier
      for (const [code, parent] of [["HZ001", null], ["NB101", "HZ001"], ["NB201", "NB101"], ["SX301", "HZ001"]] as const) {
        const account = await registerCustomer(api, store.publishableKey, `${code.toLowerCase()}@dealers.test`)
        const dealer = (
          await api.post(
            "/admin/distribution/dealers",
            {
              customer_id: account.customer_id,
              tier_id: tier.id,
              display_name: `Dealer ${code}`,
              code,
              ...(parent ? { parent_id: dealers[parent].dealer.id } : {}),
            },
            admin
          )
        ).data.dealer
        dealers[code] = { dealer, headers: { ...account.config.headers, ...store.pk } }
      }
      stranger = { ...(await registerCustomer(api, store.publishableKey, "stranger@shop.test")).config.headers, ...store.pk }
      await setUpFulfilment(api, admin, { salesChannelId: store.channel.id })
      await dbUtils.snapshot()
    })

    const id = (code: string) => dealers[code].dealer.id
    const adjust = (code: string, amount: string, key: string) =>
      api.post(
        "/admin/distribution/commission/adjustments",
        { dealer_id: id(code), amount, currency_code: "cny", reason: "Test balance", idempotency_key: key },
        admin
      )
    const balance = async (code: string) =>
      (await api.get(`/admin/distribution/dealers/${id(code)}/balance`, admin)).data.balances.find(
        (b: any) => b.currency_code === "cny"
      )
    const bankAccount = (code: string, number = "6222 0212 3456 7890") =>
      api.post(
        `/admin/distribution/dealers/${id(code)}/payout-accounts`,
        { provider_id: "manual", bank_name: "招商银行 杭州分行", account_holder: `Holder ${code}`, account_number: number },
        admin
      )
    const createBatch = (body: Record<string, unknown> = {}) =>
      api.post("/admin/distribution/payouts/batches", { currency_code: "cny", provider_id: "manual", ...body }, admin)
    const payoutsOf = async (batchId: string) =>
      (await api.get(`/admin/distribution/payouts?batch_id=${batchId}&limit=100`, admin)).data.payouts
    const byCode = (payouts: any[]) => Object.fromEntries(payouts.map((p) => [p.dealer.code, p]))
    const batchOf = async (batchId: string) => (await api.get(`/admin/distribution/payouts/batches/${batchId}`, admin)).data.batch
    const approve = async (batchId: string) => {
      await api.post(`/admin/distribution/payouts/batches/${batchId}/approve`, {}, admin)
      await utils.waitWorkflowExecutions()
      // The subscriber sends in the background; running the processor again is harmless and makes it certain.
      await processPayouts(getContainer())
    }
    const ledger = async (code: string) =>
      (await api.get(`/admin/distribution/commission/entries?dealer_id=${id(code)}&limit=100`, admin)).data.entries

    describe("a manual batch", () => {
      it("pays every qualifying dealer once: reserve → approve → mark paid / failed → retry, with the ledger following", async () => {
        // A real accrual for NB201: an order through its link, fulfilled and matured.
        await api.post(
          "/admin/distribution/commission/plan",
          { rules: [{ scope_type: "all", level: 1, type: "percentage", rate: "0.15" }] },
          admin
        )
        const orderId = await placeOrder(api, store, { referralCode: "NB201", quantity: 2, utils })
        await fulfilOrder(api, admin, orderId)
        await api.post(`/admin/distribution/commission/orders/${orderId}/mature`, { skip_hold: true }, admin)
        expect(await balance("NB201")).toEqual(expect.objectContaining({ available: "30.00" }))

        await adjust("HZ001", "120.50", "hz-000001")
        await adjust("NB101", "8", "nb101-000001") // below the minimum of 10
        await adjust("NB201", "5.25", "nb201-000001")
        await adjust("SX301", "40", "sx301-000001")
        await api.post(`/admin/distribution/dealers/${id("SX301")}/suspend`, { reason: "Audit" }, admin)
        await bankAccount("HZ001")
        await bankAccount("NB101")
        // NB201 sets its own bank account, signed in.
        await api.put(
          "/store/distribution/me/payout-account",
          { provider_id: "manual", bank_name: "工商银行", account_holder: "宁波 二级", account_number: "6212-2612-0300-1234-567" },
          { headers: dealers.NB201.headers }
        )

        const { data } = await createBatch({ note: "November" })
        const batch = data.batch
        expect(batch).toEqual(
          expect.objectContaining({ status: "draft", source: "admin", note: "November", total_amount: "155.75" })
        )
        expect(batch.progress).toEqual(expect.objectContaining({ total: 2, done: 0 }))
        expect(data.skipped.map((s: any) => [s.dealer_code, s.reason, s.available]).sort()).toEqual([
          ["NB101", "below_minimum", "8"],
          ["SX301", expect.stringMatching(/dealer_inactive|no_account/), "40"],
        ])
        const payouts = byCode(await payoutsOf(batch.id))
        expect(payouts.HZ001).toEqual(
          expect.objectContaining({
            amount: "120.50",
            status: "draft",
            out_bill_no: payouts.HZ001.id.replace("_", ""),
            account: expect.objectContaining({ bank_name: "招商银行 杭州分行", account_number_masked: "**** 7890" }),
          })
        )
        expect(payouts.NB201.amount).toBe("35.25")

        // Reserved at once: the same money can't go into a second batch.
        expect(await balance("HZ001")).toEqual(expect.objectContaining({ available: "0", reserved: "120.50", total: "120.50" }))
        const second = await failed(createBatch())
        expect(second.status).toBe(400)
        // It says why nobody is paid.
        expect(second.data.message).toMatch(/^Nothing to pay: .*1 dealer is owed money but below the minimum payout/)

        // Bad input and wrong states are 4xx with a message, and write nothing.
        expect((await failed(createBatch({ provider_id: "paypal" }))).data.message).toMatch(/not configured/)
        expect((await failed(createBatch({ currency_code: "yuan" }))).status).toBe(400)
        expect((await failed(createBatch({ amount: "1" }))).status).toBe(400)
        expect((await failed(api.post(`/admin/distribution/payouts/${payouts.HZ001.id}/mark-paid`, { reference: "X" }, admin))).status).toBe(400)
        expect((await failed(api.post(`/admin/distribution/payouts/${payouts.HZ001.id}/retry`, {}, admin))).status).toBe(400)

        await approve(batch.id)
        expect((await failed(api.post(`/admin/distribution/payouts/batches/${batch.id}/approve`, {}, admin))).data.message).toMatch(
          /can be approved only when draft/
        )
        const sent = byCode(await payoutsOf(batch.id))
        expect([sent.HZ001.status, sent.NB201.status]).toEqual(["processing", "processing"])
        expect(await batchOf(batch.id)).toEqual(expect.objectContaining({ status: "processing", approved_by: expect.any(String) }))

        // Paid by bank transfer: marked with the reference; a second mark is refused.
        expect((await failed(api.post(`/admin/distribution/payouts/${sent.HZ001.id}/mark-paid`, {}, admin))).status).toBe(400)
        const paid = (await api.post(`/admin/distribution/payouts/${sent.HZ001.id}/mark-paid`, { reference: "CMB-2026-11-001" }, admin)).data.payout
        expect(paid).toEqual(expect.objectContaining({ status: "succeeded", reference: "CMB-2026-11-001" }))
        expect((await failed(api.post(`/admin/distribution/payouts/${sent.HZ001.id}/mark-failed`, { reason: "late" }, admin))).status).toBe(400)
        expect(await balance("HZ001")).toEqual(
          expect.objectContaining({ available: "0", reserved: "0", paid: "120.50", paid_out: "120.50", total: "0.00" })
        )
        const hzLedger = await ledger("HZ001")
        expect(hzLedger.filter((e: any) => e.kind === "payout").map((e: any) => [e.amount, e.status, e.payout_id])).toEqual([
          ["-120.50", "paid", sent.HZ001.id],
        ])
        expect(hzLedger.filter((e: any) => e.kind === "adjustment").every((e: any) => e.status === "paid")).toBe(true)

        // NB201's transfer bounced: marked failed, its accrual and adjustment are available again.
        const bounced = (await api.post(`/admin/distribution/payouts/${sent.NB201.id}/mark-failed`, { reason: "Account closed" }, admin)).data.payout
        expect(bounced).toEqual(expect.objectContaining({ status: "failed", failure_reason: "Account closed" }))
        expect(await balance("NB201")).toEqual(expect.objectContaining({ available: "35.25", reserved: "0", paid_out: "0" }))
        expect(await batchOf(batch.id)).toEqual(
          expect.objectContaining({ status: "partially_failed", progress: expect.objectContaining({ succeeded: 1, failed: 1, done: 2 }) })
        )

        // Retried: a new payout (new id and request number) for the same money, in the same batch.
        const retry = (await api.post(`/admin/distribution/payouts/${sent.NB201.id}/retry`, {}, admin)).data.payout
        expect(retry.id).not.toBe(sent.NB201.id)
        expect(retry).toEqual(expect.objectContaining({ retry_of_id: sent.NB201.id, amount: "35.25" }))
        expect((await failed(api.post(`/admin/distribution/payouts/${sent.NB201.id}/retry`, {}, admin))).data.message).toMatch(/already been retried/)
        await utils.waitWorkflowExecutions()
        await processPayouts(getContainer())
        expect(await batchOf(batch.id)).toEqual(expect.objectContaining({ status: "processing" }))
        await api.post(`/admin/distribution/payouts/${retry.id}/mark-paid`, { reference: "ICBC-9" }, admin)
        expect(await batchOf(batch.id)).toEqual(
          expect.objectContaining({ status: "completed", total_amount: "155.75", progress: expect.objectContaining({ total: 2, succeeded: 2 }) })
        )
        const nbLedger = await ledger("NB201")
        expect(nbLedger.filter((e: any) => e.kind === "accrual").map((e: any) => e.status)).toEqual(["paid"])
        expect(nbLedger.filter((e: any) => e.kind === "payout").map((e: any) => e.amount)).toEqual(["-35.25"])
        expect(await balance("NB201")).toEqual(expect.objectContaining({ available: "0", paid_out: "35.25", total: "0.00" }))

        // The payout's history, in order.
        const { events, entries } = (await api.get(`/admin/distribution/payouts/${sent.NB201.id}`, admin)).data
        expect(events.map((e: any) => e.kind)).toEqual(["created", "approved", "send_answer", "mark_failed_answer"])
        // What it would have paid: the accrual and the adjustment (now paid by the retry).
        expect(entries.map((e: any) => [e.kind, e.amount, e.status]).sort()).toEqual([
          ["accrual", "30.00", "paid"],
          ["adjustment", "5.25", "paid"],
        ])
        const retriedDetail = (await api.get(`/admin/distribution/payouts/${retry.id}`, admin)).data
        expect(retriedDetail.entries_total).toBe("35.25")
        const retried = retriedDetail.entries
        expect(retried.map((e: any) => [e.kind, e.amount]).sort()).toEqual([
          ["accrual", "30.00"],
          ["adjustment", "5.25"],
          ["payout", "-35.25"],
        ])

        // The export is the list the admin pays from: full account numbers for a manual batch.
        const csv = await api.get(`/admin/distribution/payouts/batches/${batch.id}/export?format=csv`, admin)
        expect(csv.headers["content-disposition"]).toContain(`payout-batch-${batch.id}.csv`)
        const rows = parse(String(csv.data).replace(/\t/g, ""), { relax_column_count: true }) as string[][]
        expect(rows.some((r) => r.includes("6222021234567890") && r.includes("HZ001"))).toBe(true)
        expect(rows.some((r) => r.includes("CMB-2026-11-001"))).toBe(true)
        const xlsx = await api.get(`/admin/distribution/payouts/batches/${batch.id}/export?format=xlsx`, { ...admin, responseType: "arraybuffer" })
        expect(Buffer.from(xlsx.data).subarray(0, 2).toString()).toBe("PK")
      })

      it("a draft can lose a dealer or be canceled whole, and the money is available again; concurrent batches reserve once", async () => {
        await adjust("HZ001", "60.00", "hz-000002")
        await adjust("NB101", "25.00", "nb101-000002")
        await bankAccount("HZ001")
        await bankAccount("NB101")

        // Three admins press "create" at once: one batch gets the money, the others find nothing.
        const results = await Promise.allSettled([createBatch(), createBatch(), createBatch()])
        const made = results.filter((r) => r.status === "fulfilled").map((r: any) => r.value.data.batch)
        const totals = made.map((b) => b.total_amount)
        expect(totals.reduce((s, t) => s + Number(t), 0)).toBe(85)
        expect(await balance("HZ001")).toEqual(expect.objectContaining({ available: "0", reserved: "60.00" }))

        const batchId = made.find((b) => b.total_amount !== "0")!.id
        const payouts = byCode(await payoutsOf(batchId))
        const removed = (await api.post(`/admin/distribution/payouts/${payouts.NB101.id}/remove`, {}, admin)).data.payout
        expect(removed.status).toBe("canceled")
        expect(await balance("NB101")).toEqual(expect.objectContaining({ available: "25.00", reserved: "0" }))
        expect((await batchOf(batchId)).total_amount).toBe("60.00")

        // A draft emptied of dealers can't be approved (it would never finish): cancel it.
        const lone = (await createBatch({ dealer_ids: [id("NB101")] })).data.batch
        await api.post(`/admin/distribution/payouts/${byCode(await payoutsOf(lone.id)).NB101.id}/remove`, {}, admin)
        const empty = await failed(api.post(`/admin/distribution/payouts/batches/${lone.id}/approve`, {}, admin))
        expect(empty.data.message).toMatch(/no payouts left to approve/)
        expect((await batchOf(lone.id)).status).toBe("draft")

        await api.post(`/admin/distribution/payouts/batches/${batchId}/cancel`, {}, admin)
        expect(await batchOf(batchId)).toEqual(expect.objectContaining({ status: "canceled", canceled_by: expect.any(String) }))
        expect(await balance("HZ001")).toEqual(expect.objectContaining({ available: "60.00", reserved: "0" }))
        expect((await failed(api.post(`/admin/distribution/payouts/batches/${batchId}/approve`, {}, admin))).status).toBe(400)

        // Only some dealers: the admin's pick.
        const picked = (await createBatch({ dealer_ids: [id("NB101")] })).data.batch
        expect(byCode(await payoutsOf(picked.id))).toEqual({ NB101: expect.objectContaining({ amount: "25.00" }) })
        const list = (await api.get("/admin/distribution/payouts/batches?status=draft", admin)).data
        expect(list.batches.map((b: any) => b.id)).toContain(picked.id)
        expect(list.batches.every((b: any) => b.status === "draft")).toBe(true)
        expect((await failed(api.get("/admin/distribution/payouts/batches?status=paid", admin))).status).toBe(400)
      })
    })

    describe("payout accounts", () => {
      it("are set by the dealer (masked when read), verified and locked by the admin, and every change is recorded", async () => {
        const nb = { headers: dealers.NB201.headers }
        const put = (body: Record<string, unknown>, config = nb) => api.put("/store/distribution/me/payout-account", body, config)
        expect((await failed(put({ provider_id: "manual", bank_name: "BoC", account_holder: "X", account_number: "12ab" }))).status).toBe(400)
        expect((await failed(put({ provider_id: "manual", bank_name: "BoC", account_holder: "X", account_number: "6222021234567890", tier: "T1" }))).status).toBe(400)
        expect((await failed(put({ provider_id: "manual", bank_name: "BoC", account_holder: "X", account_number: "6222021234567890" }, { headers: store.pk })))).toEqual(
          expect.objectContaining({ status: 401 })
        )
        expect((await failed(put({ provider_id: "manual", bank_name: "BoC", account_holder: "X", account_number: "6222021234567890" }, { headers: stranger }))).status).toBe(404)

        const created = (await put({ provider_id: "manual", bank_name: "BoC", account_holder: "宁波 二级", account_number: "6222021234567890" })).data.payout_account
        expect(created).toEqual(expect.objectContaining({ status: "unverified", account_number_masked: "**** 7890", account_holder: "宁波 二级" }))
        expect(JSON.stringify(created)).not.toContain("6222021234567890")

        await api.post(`/admin/distribution/payout-accounts/${created.id}/verify`, {}, admin)
        // A change by the dealer needs verifying again.
        const changed = (await put({ provider_id: "manual", bank_name: "BoC", account_holder: "宁波 二级", account_number: "6222029999999999" })).data.payout_account
        expect(changed.status).toBe("unverified")

        const lockedRes = await failed(api.post(`/admin/distribution/payout-accounts/${created.id}/lock`, {}, admin))
        expect(lockedRes.status).toBe(400)
        await api.post(`/admin/distribution/payout-accounts/${created.id}/lock`, { reason: "Name mismatch" }, admin)
        const refused = await failed(put({ provider_id: "manual", bank_name: "BoC", account_holder: "Y", account_number: "6222021111111111" }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/locked/)

        // A locked account is skipped by batches and refused for withdrawals.
        await adjust("NB201", "50", "nb201-locked-1")
        const skipped = await failed(createBatch({ dealer_ids: [id("NB201")] }))
        expect(skipped.status).toBe(400)
        const withdrawal = await failed(api.post("/store/distribution/me/withdrawals", { currency_code: "cny" }, nb))
        expect(withdrawal.data.message).toMatch(/locked/)
        await api.post(`/admin/distribution/payout-accounts/${created.id}/unlock`, {}, admin)

        const { data } = await api.get(`/admin/distribution/dealers/${id("NB201")}/payout-accounts`, admin)
        expect(data.payout_accounts).toEqual([expect.objectContaining({ provider_id: "manual", status: "unverified", account_number_masked: "**** 9999" })])
        expect(data.changes.map((c: any) => [c.action, c.actor_type])).toEqual([
          ["unlocked", "user"],
          ["locked", "user"],
          ["updated", "customer"],
          ["verified", "user"],
          ["created", "customer"],
        ])
        expect(JSON.stringify(data.changes)).not.toMatch(/6222029999999999|6222021234567890/)

        // WeChat accounts are the dealer's own to set.
        const wechatByAdmin = await failed(
          api.post(`/admin/distribution/dealers/${id("NB201")}/payout-accounts`, { provider_id: "wechatpay", openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" }, admin)
        )
        expect(wechatByAdmin.status).toBe(400)
        expect((await failed(api.get(`/admin/distribution/dealers/dlr_missing/payout-accounts`, admin))).status).toBe(404)
      })
    })

    describe("withdrawals", () => {
      it("a dealer asks for its available balance; it waits for approval, can't be asked twice, and only the dealer sees it", async () => {
        const nb = { headers: dealers.NB201.headers }
        const hz = { headers: dealers.HZ001.headers }
        const withdraw = (config: RequestConfig, body: Record<string, unknown> = { currency_code: "cny" }) =>
          api.post("/store/distribution/me/withdrawals", body, config)

        expect((await failed(withdraw(nb))).data.message).toMatch(/payout account/)
        await bankAccount("NB201")
        expect((await failed(withdraw(nb))).data.message).toMatch(/below the minimum payout of 10\.00 CNY/)
        await adjust("NB201", "42.10", "nb201-withdraw")
        expect((await failed(withdraw(nb, { currency_code: "cny", amount: "1" }))).status).toBe(400)
        expect((await failed(withdraw({ headers: stranger }))).status).toBe(404)
        expect((await failed(withdraw({ headers: store.pk }))).status).toBe(401)

        const { data } = await withdraw(nb)
        expect(data.payout).toEqual(expect.objectContaining({ amount: "42.10", status: "draft", currency_code: "cny" }))
        expect(data.payout.dealer).toBeUndefined()
        expect(data.batch).toEqual(expect.objectContaining({ status: "draft", provider_id: "manual" }))
        expect((await failed(withdraw(nb))).data.message).toMatch(/already waiting for approval/)
        expect((await batchOf(data.batch.id)).source).toBe("withdrawal")

        const mine = (await api.get("/store/distribution/me/withdrawals", nb)).data
        expect(mine.payouts.map((p: any) => p.id)).toEqual([data.payout.id])
        expect((await api.get("/store/distribution/me/withdrawals", hz)).data.payouts).toEqual([])
        expect((await api.get("/store/distribution/me/payouts", hz)).data.payouts).toEqual([])

        await approve(data.batch.id)
        await api.post(`/admin/distribution/payouts/${data.payout.id}/mark-paid`, { reference: "W-1" }, admin)
        const after = (await api.get("/store/distribution/me/payouts?status=succeeded", nb)).data
        expect(after.payouts).toEqual([expect.objectContaining({ id: data.payout.id, status: "succeeded", reference: "W-1" })])
        expect((await failed(api.get("/store/distribution/me/payouts?status=paid", nb))).status).toBe(400)
        const own = (await api.get("/store/distribution/me/balance", nb)).data
        expect(JSON.stringify(own)).toContain("42.10")
      })
    })
  },
})
