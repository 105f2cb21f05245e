import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { PAYOUT_MODULE } from "../../../types/module-names"
import type PayoutModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<PayoutModuleService>({
  moduleName: PAYOUT_MODULE,
  resolve: path.join(__dirname, ".."),
  moduleOptions: {},
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = (query: string) => MikroOrmWrapper.forkManager().getConnection().execute(query)

    async function makePayout(status: "draft" | "queued" = "queued") {
      const batch = await service.createPayoutBatches({ currency_code: "cny", provider_id: "manual", source: "admin" })
      return await service.createPayouts({
        id: "po_01TEST",
        batch_id: batch.id,
        dealer_id: "dlr_1",
        provider_id: "manual",
        currency_code: "cny",
        amount: "12.30" as unknown as number,
        status,
        out_bill_no: "po01TEST",
      })
    }

    it("registers the providers named in the options (manual by default) and refuses unknown ones with a 400", () => {
      expect(service.providerIds()).toEqual(["manual"])
      expect(service.provider("manual").settlesManually).toBe(true)
      expect(service.provider("manual").minimumAmount("cny")).toBe("0.01")
      expect(service.provider("manual").minimumAmount("jpy")).toBe("1")
      expect(() => service.provider("wechatpay")).toThrow(/not configured/)
    })

    it("moves a payout only from the status it was read in: one of two racing workers wins", async () => {
      const payout = await makePayout()
      const claims = await Promise.all([1, 2, 3].map(() => service.movePayouts([payout.id], ["queued"], "sending", { count_attempt: true })))
      expect(claims.flat()).toEqual([payout.id])
      const [after] = await service.listPayouts({ id: payout.id })
      expect(after).toEqual(expect.objectContaining({ status: "sending", attempts: 1 }))
    })

    it("never moves a settled payout again and never changes what it pays (database guard)", async () => {
      const payout = await makePayout()
      await service.movePayouts([payout.id], ["queued"], "succeeded")
      // A late answer moves nothing: the payout is no longer in the status it was read in…
      expect(await service.movePayouts([payout.id], ["queued", "sending", "processing"], "failed")).toEqual([])
      // …and PostgreSQL refuses anyone who does.
      await expect(sql(`UPDATE payout SET status = 'failed' WHERE id = '${payout.id}'`)).rejects.toThrow(/succeeded and can not move/)
      await expect(sql(`UPDATE payout SET amount = 99 WHERE id = '${payout.id}'`)).rejects.toThrow(/fixed/)
      await expect(
        service.createPayouts({
          batch_id: payout.batch_id,
          dealer_id: "dlr_2",
          provider_id: "manual",
          currency_code: "cny",
          amount: "0" as unknown as number,
          out_bill_no: "po02TEST",
        })
      ).rejects.toThrow(/payout_amount_positive/)
      await expect(
        service.createPayouts({
          batch_id: payout.batch_id,
          dealer_id: "dlr_2",
          provider_id: "manual",
          currency_code: "cny",
          amount: "1" as unknown as number,
          out_bill_no: payout.out_bill_no,
        })
      ).rejects.toThrow()
    })

    it("records a callback once by its key, and counts a batch's payouts without the ones that were retried", async () => {
      const payout = await makePayout()
      const event = { payout_id: payout.id, kind: "callback_answer", event_key: "callback:wechatpay:evt_1" }
      expect(await service.recordEvents([event])).toHaveLength(1)
      expect(await service.recordEvents([event])).toHaveLength(0)
      expect(await service.listPayoutEvents({ payout_id: payout.id })).toHaveLength(1)

      await service.movePayouts([payout.id], ["queued"], "failed")
      await service.createPayouts({
        batch_id: payout.batch_id,
        dealer_id: "dlr_1",
        provider_id: "manual",
        currency_code: "cny",
        amount: "12.30" as unknown as number,
        status: "succeeded",
        out_bill_no: "po03TEST",
        retry_of_id: payout.id,
      })
      const [counts] = await service.batchCounts([payout.batch_id])
      expect(counts).toEqual({
        batch_id: payout.batch_id,
        counts: { succeeded: 1 },
        // Exact sums; the API shows them with the currency's decimals.
        total_amount: "12.3",
        amount_succeeded: "12.3",
      })
    })
  },
})
