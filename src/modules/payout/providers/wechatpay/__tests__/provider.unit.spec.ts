import http from "node:http"
import type { AddressInfo } from "node:net"
import { generateApiV3Key, generateMerchantKeys, generateRsaPemPair } from "../../../../../../integration-tests/helpers/wechatpay-keys"
import {
  standInProviderOptions,
  startWechatPayStandIn,
  type WechatPayStandIn,
} from "../../../../../../integration-tests/helpers/wechatpay-stand-in"
import { PayoutCallbackRejected, type PayoutCallback, type TransferInput } from "../../types"
import { WechatPayPayoutProvider } from "../provider"

const MCHID = "1900000109"
const APPID = "wx8888888888888888"

/** Receives WeChat's callbacks as the plugin's hook route will: raw body + headers into parseCallback. */
type NotifyReceiver = {
  url: string
  parsed: PayoutCallback[]
  rejected: Error[]
  close(): Promise<void>
}

async function startNotifyReceiver(provider: () => WechatPayPayoutProvider): Promise<NotifyReceiver> {
  const parsed: PayoutCallback[] = []
  const rejected: Error[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", async () => {
      try {
        parsed.push(await provider().parseCallback({ headers: req.headers, rawBody: Buffer.concat(chunks).toString("utf8") }))
        res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ code: "SUCCESS" }))
      } catch (e) {
        rejected.push(e as Error)
        const status = e instanceof PayoutCallbackRejected ? 401 : 500
        res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify({ code: "FAIL", message: (e as Error).message }))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/distribution/wechatpay`,
    parsed,
    rejected,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe("WechatPayPayoutProvider against the WeChat Pay stand-in", () => {
  const merchant = generateMerchantKeys()
  const apiv3Key = generateApiV3Key()
  let standIn: WechatPayStandIn
  let receiver: NotifyReceiver
  let provider: WechatPayPayoutProvider
  let seq = 0

  const optionsFor = (overrides: Record<string, unknown> = {}) =>
    standInProviderOptions({ ...merchant, mchid: MCHID, appid: APPID, apiv3Key }, standIn, {
      notify_url: receiver.url,
      // Long enough for a loaded CI machine; only the "timeout" misbehaviour waits it out.
      timeout_ms: 3000,
      ...overrides,
    })

  const transfer = (amount: string, extra: Partial<TransferInput> = {}): TransferInput => {
    seq += 1
    const out_bill_no = `po01TEST${Date.now()}${seq}`.slice(0, 32)
    return {
      payout_id: `po_${out_bill_no}`,
      out_bill_no,
      amount,
      currency_code: "cny",
      account: { openid: "o-dealer-openid-1", real_name: "张三" },
      ...extra,
    }
  }

  beforeAll(async () => {
    receiver = await startNotifyReceiver(() => provider)
    standIn = await startWechatPayStandIn({
      merchantPublicKey: merchant.publicKey,
      merchantSerial: merchant.serial,
      mchid: MCHID,
      appid: APPID,
      apiv3Key,
      notifyUrl: receiver.url,
    })
    provider = new WechatPayPayoutProvider(optionsFor())
  })

  afterAll(async () => {
    await standIn.close()
    await receiver.close()
  })

  beforeEach(() => {
    standIn.onCreate = "wait_user_confirm"
    standIn.setBalance(undefined)
    receiver.parsed.length = 0
    receiver.rejected.length = 0
  })

  const createsOf = (outBillNo: string) =>
    standIn.requests.filter((r) => r.method === "POST" && r.path.endsWith("/transfer-bills") && r.body.includes(outBillNo))

  describe("create", () => {
    it("creates a transfer awaiting the dealer's confirmation, with package_info", async () => {
      const input = transfer("12.34")
      const outcome = await provider.createTransfer(input)
      const bill = standIn.transfers.get(input.out_bill_no)!

      expect(outcome).toEqual({
        state: "awaiting_confirmation",
        provider_state: "WAIT_USER_CONFIRM",
        provider_reference: bill.transfer_bill_no,
        package_info: bill.package_info,
        failure_reason: null,
      })
      expect(outcome.package_info).toBeTruthy()
      expect(bill).toMatchObject({
        appid: APPID,
        openid: "o-dealer-openid-1",
        amount: 1234,
        transfer_scene_id: "1005",
        transfer_remark: "佣金",
        notify_url: receiver.url,
        user_name: undefined,
        create_count: 1,
      })
      expect(bill.transfer_scene_report_infos).toEqual([
        { info_type: "岗位类型", info_content: "分销商" },
        { info_type: "报酬说明", info_content: "分销佣金" },
      ])
    })

    it("reports SUCCESS as succeeded and FAIL as failed with WeChat's fail_reason", async () => {
      standIn.onCreate = "success"
      const ok = await provider.createTransfer(transfer("5.00"))
      expect(ok).toMatchObject({ state: "succeeded", provider_state: "SUCCESS", package_info: null })

      standIn.onCreate = "fail"
      const failed = await provider.createTransfer(transfer("5.00"))
      expect(failed).toMatchObject({ state: "failed", provider_state: "FAIL", failure_reason: "ACCOUNT_FROZEN" })
      expect(failed.provider_reference).toBeTruthy()
    })

    it("uses the payout's remark, cut to WeChat's 32 characters", async () => {
      const input = transfer("1.00", { remark: "二〇二五年七月分销佣金结算,感谢您一直以来的支持与信任,期待下月继续合作共赢" })
      await provider.createTransfer(input)
      expect(Array.from(standIn.transfers.get(input.out_bill_no)!.transfer_remark)).toHaveLength(32)
    })

    it("sends the amount in exact fen", async () => {
      const cases: Array<[string, number]> = [
        ["0.10", 10],
        ["0.1", 10],
        ["19.99", 1999],
        ["1999.99", 199999],
        ["2000.00", 200000],
        ["20000", 2000000],
      ]
      for (const [amount, fen] of cases) {
        const input = transfer(amount)
        const outcome = await provider.createTransfer(input)
        expect(outcome.state).toBe("awaiting_confirmation")
        expect(standIn.transfers.get(input.out_bill_no)!.amount).toBe(fen)
      }
    })

    it("refuses, without sending anything, amounts that aren't whole fen, non-CNY payouts and missing accounts", async () => {
      const before = standIn.requests.length
      const refusals = await Promise.all([
        provider.createTransfer(transfer("1.001")),
        provider.createTransfer(transfer("0")),
        provider.createTransfer(transfer("-1.00")),
        provider.createTransfer(transfer("1e3")),
        provider.createTransfer(transfer("abc")),
        provider.createTransfer(transfer("10.00", { currency_code: "usd" })),
        provider.createTransfer(transfer("10.00", { account: { openid: null } })),
        provider.createTransfer(transfer("2000.00", { account: { openid: "o-dealer-openid-1", real_name: null } })),
        provider.createTransfer({ ...transfer("10.00"), out_bill_no: "po_01K_not_letters" }),
      ])
      for (const outcome of refusals) {
        expect(outcome.state).toBe("failed")
        expect(outcome.failure_reason).toBeTruthy()
      }
      expect(refusals[0].failure_reason).toMatch(/whole number of fen/)
      expect(refusals[5].failure_reason).toMatch(/CNY/)
      expect(refusals[7].failure_reason).toMatch(/real name/)
      expect(standIn.requests.length).toBe(before)
    })

    it("encrypts user_name only from 2000 CNY on, decryptable by WeChat, with the Wechatpay-Serial header", async () => {
      const below = transfer("1999.99")
      await provider.createTransfer(below)
      const belowRequest = createsOf(below.out_bill_no)[0]
      expect(JSON.parse(belowRequest.body).user_name).toBeUndefined()
      expect(belowRequest.headers["wechatpay-serial"]).toBeUndefined()
      expect(standIn.transfers.get(below.out_bill_no)!.user_name).toBeUndefined()

      const at = transfer("2000.00")
      const outcome = await provider.createTransfer(at)
      expect(outcome.state).toBe("awaiting_confirmation")
      const atRequest = createsOf(at.out_bill_no)[0]
      expect(atRequest.headers["wechatpay-serial"]).toBe(standIn.publicKeyId)
      const sent = JSON.parse(atRequest.body).user_name as string
      expect(sent).not.toContain("张三")
      expect(Buffer.from(sent, "base64")).toHaveLength(256) // one RSA-2048 block
      expect(standIn.transfers.get(at.out_bill_no)!.user_name).toBe("张三")
    })
  })

  describe("query and cancel", () => {
    it("finds a transfer by out_bill_no, and says not_found for one WeChat never got", async () => {
      const input = transfer("3.00")
      const created = await provider.createTransfer(input)
      const found = await provider.queryTransfer({ out_bill_no: input.out_bill_no, currency_code: "cny" })
      expect(found).toMatchObject({
        state: "awaiting_confirmation",
        provider_state: "WAIT_USER_CONFIRM",
        provider_reference: created.provider_reference,
      })

      await standIn.setState(input.out_bill_no, "SUCCESS", { notify: false })
      expect(await provider.queryTransfer({ out_bill_no: input.out_bill_no, currency_code: "cny" })).toMatchObject({
        state: "succeeded",
        provider_state: "SUCCESS",
      })

      expect(await provider.queryTransfer({ out_bill_no: "po01NEVERSENT0000000000000000", currency_code: "cny" })).toEqual({
        state: "not_found",
        provider_state: null,
      })
    })

    it("maps WeChat's in-flight states to processing", async () => {
      const input = transfer("3.00")
      await provider.createTransfer(input)
      for (const state of ["ACCEPTED", "PROCESSING", "TRANSFERING", "CANCELING"]) {
        await standIn.setState(input.out_bill_no, state, { notify: false })
        expect(await provider.queryTransfer({ out_bill_no: input.out_bill_no, currency_code: "cny" })).toMatchObject({
          state: "processing",
          provider_state: state,
        })
      }
      await standIn.setState(input.out_bill_no, "SOMETHING_NEW", { notify: false })
      expect(await provider.queryTransfer({ out_bill_no: input.out_bill_no, currency_code: "cny" })).toMatchObject({
        state: "unknown",
        provider_state: "SOMETHING_NEW",
      })
    })

    it("cancels a transfer awaiting confirmation (CANCELING, then CANCELLED)", async () => {
      const input = transfer("8.00")
      await provider.createTransfer(input)
      const canceling = await provider.cancelTransfer({ out_bill_no: input.out_bill_no })
      expect(canceling).toMatchObject({ state: "processing", provider_state: "CANCELING" })
      expect(await provider.queryTransfer({ out_bill_no: input.out_bill_no, currency_code: "cny" })).toMatchObject({
        state: "canceled",
        provider_state: "CANCELLED",
      })
    })

    it("answers unknown when WeChat refuses the cancel (the dealer already confirmed)", async () => {
      const input = transfer("8.00")
      await provider.createTransfer(input)
      await standIn.confirm(input.out_bill_no)
      const outcome = await provider.cancelTransfer({ out_bill_no: input.out_bill_no })
      expect(outcome.state).toBe("unknown")
      expect(outcome.error).toMatch(/INVALID_REQUEST/)
    })
  })

  describe("outcomes that can't be known", () => {
    it("timeout: unknown, and nothing was created", async () => {
      const input = transfer("4.00")
      standIn.misbehave(["timeout"])
      const outcome = await provider.createTransfer(input)
      expect(outcome.state).toBe("unknown")
      expect(outcome.error).toMatch(/no answer within 3000 ms/)
      expect(standIn.transfers.has(input.out_bill_no)).toBe(false)
      expect(await provider.queryTransfer({ out_bill_no: input.out_bill_no, currency_code: "cny" })).toMatchObject({
        state: "not_found",
      })
    })

    it("a 500 is unknown, never failed — even when signed", async () => {
      const input = transfer("4.00")
      standIn.misbehave(["500"])
      const outcome = await provider.createTransfer(input)
      expect(outcome.state).toBe("unknown")
      expect(outcome.error).toMatch(/HTTP 500 SYSTEM_ERROR/)
    })

    it("an answer whose signature doesn't verify is unknown (the transfer may exist)", async () => {
      const input = transfer("4.00")
      standIn.misbehave(["bad_signature"])
      const outcome = await provider.createTransfer(input)
      expect(outcome.state).toBe("unknown")
      expect(outcome.error).toMatch(/not verified/)
      expect(standIn.transfers.has(input.out_bill_no)).toBe(true)
      expect(await provider.queryTransfer({ out_bill_no: input.out_bill_no, currency_code: "cny" })).toMatchObject({
        state: "awaiting_confirmation",
      })
    })

    it("lost response: unknown; the query finds the transfer; creating again makes no second transfer", async () => {
      const input = transfer("6.66")
      standIn.misbehave(["lost_response"])
      const lost = await provider.createTransfer(input)
      expect(lost.state).toBe("unknown")

      const queried = await provider.queryTransfer({ out_bill_no: input.out_bill_no, currency_code: "cny" })
      expect(queried).toMatchObject({ state: "awaiting_confirmation", provider_state: "WAIT_USER_CONFIRM" })

      const again = await provider.createTransfer(input)
      expect(again).toMatchObject({ state: "awaiting_confirmation", provider_reference: queried.provider_reference })
      const bill = standIn.transfers.get(input.out_bill_no)!
      expect(bill.create_count).toBe(2)
      expect([...standIn.transfers.values()].filter((t) => t.out_bill_no === input.out_bill_no)).toHaveLength(1)
    })

    it("a query that times out or isn't verified is unknown, not not_found", async () => {
      standIn.misbehave(["timeout", "bad_signature", "500"])
      for (let i = 0; i < 3; i++) {
        expect(
          (await provider.queryTransfer({ out_bill_no: "po01NEVERSENT0000000000000000", currency_code: "cny" })).state
        ).toBe("unknown")
      }
    })

    it("answers signed with another key, or by another key id, are unknown", async () => {
      const otherKey = new WechatPayPayoutProvider(optionsFor({ public_key: generateRsaPemPair().publicKey }))
      const input = transfer("2.00")
      expect((await otherKey.createTransfer(input)).state).toBe("unknown")
      expect(standIn.transfers.has(input.out_bill_no)).toBe(true)

      const otherId = new WechatPayPayoutProvider(optionsFor({ public_key_id: "PUB_KEY_ID_0000OTHER" }))
      const outcome = await otherId.queryTransfer({ out_bill_no: input.out_bill_no, currency_code: "cny" })
      expect(outcome.state).toBe("unknown")
      expect(outcome.error).toMatch(/public_key_id/)
    })

    it("a request WeChat can't authenticate (401 SIGN_ERROR) is unknown", async () => {
      const wrongMerchantKey = new WechatPayPayoutProvider(optionsFor({ private_key: generateRsaPemPair().privateKey }))
      const input = transfer("2.00")
      const outcome = await wrongMerchantKey.createTransfer(input)
      expect(outcome.state).toBe("unknown")
      expect(outcome.error).toMatch(/401 SIGN_ERROR/)
      expect(standIn.transfers.has(input.out_bill_no)).toBe(false)
    })

    it("a connection refused is unknown", async () => {
      const nobody = new WechatPayPayoutProvider(optionsFor({ base_url: "http://127.0.0.1:9" }))
      const outcome = await nobody.createTransfer(transfer("2.00"))
      expect(outcome.state).toBe("unknown")
      expect(outcome.error).toMatch(/network error/)
    })
  })

  describe("refusals", () => {
    it("a signed NOT_ENOUGH, confirmed by a query finding nothing, is failed", async () => {
      standIn.setBalance(0)
      const input = transfer("9.00")
      const outcome = await provider.createTransfer(input)
      expect(outcome).toMatchObject({ state: "failed", provider_state: null })
      expect(outcome.failure_reason).toMatch(/^NOT_ENOUGH: /)
      const calls = standIn.requests.filter((r) => r.body.includes(input.out_bill_no) || r.path.includes(input.out_bill_no))
      expect(calls.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 403", "GET 404"])
    })

    it("a refusal whose confirming query fails stays unknown", async () => {
      standIn.setBalance(0)
      standIn.misbehave(["ok", "500"])
      const outcome = await provider.createTransfer(transfer("9.00"))
      expect(outcome.state).toBe("unknown")
      expect(outcome.error).toMatch(/NOT_ENOUGH.*confirming query was inconclusive/)
    })

    it("an amount below WeChat's floor is refused by WeChat and failed", async () => {
      const outcome = await provider.createTransfer(transfer("0.09"))
      expect(outcome.state).toBe("failed")
      expect(outcome.failure_reason).toMatch(/^INVALID_REQUEST: /)
    })

    it("'out_bill_no exists with other details' is never failed", async () => {
      const input = transfer("10.00")
      await provider.createTransfer(input)
      const outcome = await provider.createTransfer({ ...input, amount: "11.00" })
      expect(outcome.state).toBe("unknown")
      expect(outcome.error).toMatch(/another amount or openid/)
      expect(standIn.transfers.get(input.out_bill_no)!.amount).toBe(1000)
    })
  })

  describe("callbacks", () => {
    it("parses a verified, decrypted callback when the dealer confirms", async () => {
      const input = transfer("15.00")
      const created = await provider.createTransfer(input)
      expect(await standIn.confirm(input.out_bill_no)).toBe(200)
      const sent = standIn.callbacks[standIn.callbacks.length - 1]
      expect(receiver.parsed).toEqual([
        {
          event_id: sent.event_id,
          out_bill_no: input.out_bill_no,
          outcome: {
            state: "succeeded",
            provider_state: "SUCCESS",
            provider_reference: created.provider_reference,
            package_info: null,
            failure_reason: null,
          },
          transfer: { amount: "15.00", recipient: "o-dealer-openid-1" },
        },
      ])
    })

    it("parses a FAIL callback with its fail_reason, and a cancel's CANCELLED callback", async () => {
      const failing = transfer("15.00")
      await provider.createTransfer(failing)
      expect(await standIn.setState(failing.out_bill_no, "FAIL", { fail_reason: "NAME_NOT_CORRECT" })).toBe(200)
      expect(receiver.parsed[0].outcome).toMatchObject({ state: "failed", failure_reason: "NAME_NOT_CORRECT" })

      const canceled = transfer("15.00")
      await provider.createTransfer(canceled)
      await provider.cancelTransfer({ out_bill_no: canceled.out_bill_no })
      await standIn.sendCallback(canceled.out_bill_no) // the stand-in also sent one on its own
      expect(receiver.parsed.filter((c) => c.out_bill_no === canceled.out_bill_no).map((c) => c.outcome.state)).toContain(
        "canceled"
      )
    })

    it("a redelivered callback has the same event_id", async () => {
      const input = transfer("15.00")
      await provider.createTransfer(input)
      await standIn.setState(input.out_bill_no, "SUCCESS", { notify: false })
      expect(await standIn.sendCallback(input.out_bill_no, { duplicate: true })).toEqual([200, 200])
      expect(receiver.parsed).toHaveLength(2)
      expect(receiver.parsed[0].event_id).toBe(receiver.parsed[1].event_id)
    })

    it.each(["bad_signature", "wrong_key", "stale_timestamp", "tampered_body", "undecryptable"] as const)(
      "rejects a %s callback with PayoutCallbackRejected",
      async (forge) => {
        const input = transfer("15.00")
        await provider.createTransfer(input)
        await standIn.setState(input.out_bill_no, "SUCCESS", { notify: false })
        expect(await standIn.sendCallback(input.out_bill_no, { forge })).toEqual([401])
        expect(receiver.parsed).toHaveLength(0)
        expect(receiver.rejected).toHaveLength(1)
        expect(receiver.rejected[0]).toBeInstanceOf(PayoutCallbackRejected)
      }
    )

    it("rejects callbacks without WeChat's headers, without a body, or for another merchant", async () => {
      const input = transfer("15.00")
      await provider.createTransfer(input)
      const { headers, rawBody } = standIn.buildCallback(input.out_bill_no)
      await expect(provider.parseCallback({ headers: {}, rawBody })).rejects.toBeInstanceOf(PayoutCallbackRejected)
      await expect(provider.parseCallback({ headers, rawBody: "" })).rejects.toBeInstanceOf(PayoutCallbackRejected)
      // Header names in any case, values as arrays: as Node may hand them over.
      const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), [v]]))
      await expect(provider.parseCallback({ headers: lower, rawBody })).resolves.toMatchObject({ out_bill_no: input.out_bill_no })

      const otherMerchant = new WechatPayPayoutProvider(optionsFor({ mchid: "1900000999" }))
      await expect(otherMerchant.parseCallback({ headers, rawBody })).rejects.toThrow(/merchant 1900000109/)
    })

    it("compares the app only when the bill names one (WeChat's transfer callbacks carry none; a bill naming another app is refused in the HTTP spec)", async () => {
      const input = transfer("15.00")
      await provider.createTransfer(input)
      const { headers, rawBody } = standIn.buildCallback(input.out_bill_no)
      await expect(provider.parseCallback({ headers, rawBody })).resolves.toMatchObject({ out_bill_no: input.out_bill_no })
      const otherApp = new WechatPayPayoutProvider(optionsFor({ appid: "wx0000000000000000" }))
      // The stand-in's bills carry no appid (as WeChat's transfer callbacks): nothing to compare, accepted.
      await expect(otherApp.parseCallback({ headers, rawBody })).resolves.toMatchObject({ out_bill_no: input.out_bill_no })
    })
  })
})
