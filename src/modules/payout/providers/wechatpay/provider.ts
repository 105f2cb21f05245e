/**
 * The `wechatpay` payout provider: WeChat Pay 商家转账 (transfer to the dealer's
 * WeChat balance; the dealer confirms receipt in WeChat), API v3, public-key mode.
 *
 *   create  POST /v3/fund-app/mch-transfer/transfer-bills
 *   query   GET  /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}
 *   cancel  POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel
 *
 * The money rule: "failed" only when WeChat provably has no transfer — a local
 * refusal before anything is sent, a FAIL bill, or a signed refusal of the
 * create confirmed by a signed "not found" query. Anything unproven is
 * "unknown", for the caller to query later.
 */
import crypto, { type KeyObject } from "node:crypto"
import type { PayoutCallback, PayoutProvider, TransferInput, TransferOutcome } from "../types"
import { PayoutCallbackRejected } from "../types"
import { MINIMUM_CNY, USER_NAME_REQUIRED_FROM_FEN, fenToYuan, yuanToFen } from "./amount"
import { readNotification } from "./callback"
import { type WechatPayAnswer, WechatPayClient } from "./client"
import { parseWechatPayOptions, type WechatPayOptions } from "./options"
import { encryptSensitive } from "./signing"
import { isCreateRefusal, outcomeOfBill, type WechatTransferBill } from "./states"

const BILLS_PATH = "/v3/fund-app/mch-transfer/transfer-bills"

/** WeChat's out_bill_no: letters and digits, at most 32 (we also refuse fewer than 5, as its older APIs did). */
const OUT_BILL_NO = /^[A-Za-z0-9]{5,32}$/

export type WechatPayLogger = {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export class WechatPayPayoutProvider implements PayoutProvider {
  static readonly identifier = "wechatpay"

  readonly id: string = "wechatpay"
  readonly settlesManually = false
  readonly rateLimitPerSecond: number

  private readonly options: WechatPayOptions
  private readonly wechatPublicKey: KeyObject
  private readonly client: WechatPayClient
  private readonly logger?: WechatPayLogger

  /** Throws an Error naming the bad option when `options` don't validate. */
  constructor(options: unknown, deps: { logger?: WechatPayLogger } = {}) {
    this.options = parseWechatPayOptions(options)
    this.logger = deps.logger
    this.rateLimitPerSecond = this.options.rate_limit_per_second
    this.wechatPublicKey = crypto.createPublicKey(this.options.public_key)
    this.client = new WechatPayClient({
      baseUrl: this.options.base_url,
      signer: {
        mchid: this.options.mchid,
        serialNo: this.options.certificate_serial,
        privateKey: crypto.createPrivateKey(this.options.private_key),
      },
      wechatPublicKey: this.wechatPublicKey,
      publicKeyId: this.options.public_key_id,
      timeoutMs: this.options.timeout_ms,
    })
  }

  minimumAmount(currency_code: string): string | null {
    return isCny(currency_code) ? MINIMUM_CNY : null
  }

  storefrontConfirmParams(): Record<string, string> {
    return { mch_id: this.options.mchid, app_id: this.options.appid }
  }

  async createTransfer(input: TransferInput): Promise<TransferOutcome> {
    // Refusals before anything is sent: WeChat provably has no transfer.
    const refuse = (reason: string): TransferOutcome => ({ state: "failed", provider_state: null, failure_reason: reason })
    if (!isCny(input.currency_code)) {
      return refuse(`WeChat Pay transfers are in CNY only, not ${String(input.currency_code).toUpperCase()}`)
    }
    if (!OUT_BILL_NO.test(input.out_bill_no)) {
      return refuse(`out_bill_no "${input.out_bill_no}" must be 5–32 letters and digits`)
    }
    let fen: number
    try {
      fen = yuanToFen(input.amount)
    } catch (e) {
      return refuse((e as Error).message)
    }
    const openid = input.account?.openid?.trim()
    if (!openid) {
      return refuse("the dealer's WeChat payout account has no openid")
    }
    const realName = input.account?.real_name?.trim()
    const needsName = fen >= USER_NAME_REQUIRED_FROM_FEN
    if (needsName && !realName) {
      return refuse(`WeChat needs the dealer's real name for transfers of ${fenToYuan(USER_NAME_REQUIRED_FROM_FEN)} CNY or more`)
    }

    const payload: Record<string, unknown> = {
      appid: this.options.appid,
      out_bill_no: input.out_bill_no,
      transfer_scene_id: this.options.transfer_scene_id,
      openid,
      transfer_amount: fen,
      transfer_remark: firstChars(input.remark?.trim() || this.options.transfer_remark, 32),
      notify_url: this.options.notify_url,
      transfer_scene_report_infos: this.options.transfer_scene_report_infos,
    }
    if (this.options.user_recv_perception) {
      payload.user_recv_perception = this.options.user_recv_perception
    }
    const headers: Record<string, string> = {}
    if (needsName) {
      // Encrypted with WeChat's public key; the header names that key.
      payload.user_name = encryptSensitive(realName!, this.wechatPublicKey)
      headers["Wechatpay-Serial"] = this.options.public_key_id
    }

    const answer = await this.client.post(BILLS_PATH, payload, headers)
    if (answer.kind === "unknown") {
      return this.unknown(input.out_bill_no, "create", answer.error)
    }
    if (isOk(answer)) {
      const bill = answer.body as WechatTransferBill
      if (bill.out_bill_no !== undefined && bill.out_bill_no !== input.out_bill_no) {
        return this.unknown(input.out_bill_no, "create", `answer names out_bill_no ${bill.out_bill_no}`)
      }
      return outcomeOfBill(bill)
    }
    if (!isCreateRefusal(answer.status, answer.code)) {
      return this.unknown(input.out_bill_no, "create", describe(answer))
    }

    // A signed refusal. WeChat's rule: don't trust it until a query shows no bill
    // (INVALID_REQUEST also means "this out_bill_no exists with other details").
    const confirmation = await this.queryBill(input.out_bill_no)
    if (confirmation.outcome.state === "not_found") {
      return {
        state: "failed",
        provider_state: null,
        failure_reason: `${answer.code}: ${answer.message ?? "refused by WeChat Pay"}`,
      }
    }
    if (confirmation.outcome.state === "unknown") {
      return this.unknown(
        input.out_bill_no,
        "create",
        `${describe(answer)}, and the confirming query was inconclusive: ${confirmation.outcome.error}`
      )
    }
    const bill = confirmation.bill!
    if (
      (bill.transfer_amount !== undefined && bill.transfer_amount !== fen) ||
      (bill.openid !== undefined && bill.openid !== openid)
    ) {
      return this.unknown(
        input.out_bill_no,
        "create",
        `${describe(answer)}; WeChat already has this out_bill_no for another amount or openid ` +
          `(${fenToYuan(bill.transfer_amount ?? 0)} CNY) — check it in the merchant platform`
      )
    }
    return confirmation.outcome
  }

  async queryTransfer(input: { out_bill_no: string; currency_code: string }): Promise<TransferOutcome> {
    return (await this.queryBill(input.out_bill_no)).outcome
  }

  async cancelTransfer(input: { out_bill_no: string }): Promise<TransferOutcome> {
    if (!OUT_BILL_NO.test(input.out_bill_no)) {
      return { state: "unknown", error: `out_bill_no "${input.out_bill_no}" is not letters and digits` }
    }
    const answer = await this.client.post(`${BILLS_PATH}/out-bill-no/${input.out_bill_no}/cancel`, {})
    if (answer.kind === "unknown") {
      return this.unknown(input.out_bill_no, "cancel", answer.error)
    }
    if (!isOk(answer)) {
      // e.g. the dealer already confirmed: WeChat refuses the cancel. Query to learn the state.
      return this.unknown(input.out_bill_no, "cancel", describe(answer))
    }
    const bill = answer.body as WechatTransferBill
    if (bill.out_bill_no !== undefined && bill.out_bill_no !== input.out_bill_no) {
      return this.unknown(input.out_bill_no, "cancel", `answer names out_bill_no ${bill.out_bill_no}`)
    }
    return outcomeOfBill(bill)
  }

  async parseCallback(input: {
    headers: Record<string, string | string[] | undefined>
    rawBody: string
  }): Promise<PayoutCallback> {
    const notification = readNotification(input.headers ?? {}, input.rawBody, {
      wechatPublicKey: this.wechatPublicKey,
      publicKeyId: this.options.public_key_id,
      apiv3Key: this.options.apiv3_key,
    })
    const bill = notification.resource
    if (bill.mch_id !== undefined && bill.mch_id !== this.options.mchid) {
      throw new PayoutCallbackRejected(`callback is for merchant ${bill.mch_id}, not ${this.options.mchid}`)
    }
    if (bill.appid !== undefined && bill.appid !== this.options.appid) {
      throw new PayoutCallbackRejected(`callback is for app ${bill.appid}, not ${this.options.appid}`)
    }
    return {
      event_id: notification.id,
      out_bill_no: bill.out_bill_no!,
      outcome: outcomeOfBill(bill),
      // WeChat: "check that the notification agrees with the merchant's own data" — the route compares these.
      transfer: {
        amount: Number.isSafeInteger(bill.transfer_amount) ? fenToYuan(bill.transfer_amount!) : null,
        recipient: typeof bill.openid === "string" ? bill.openid : null,
      },
    }
  }

  /** Query by out_bill_no, keeping the bill for the create's cross-checks. */
  private async queryBill(outBillNo: string): Promise<{ outcome: TransferOutcome; bill?: WechatTransferBill }> {
    if (!OUT_BILL_NO.test(outBillNo)) {
      return { outcome: { state: "unknown", error: `out_bill_no "${outBillNo}" is not letters and digits` } }
    }
    const answer = await this.client.get(`${BILLS_PATH}/out-bill-no/${outBillNo}`)
    if (answer.kind === "unknown") {
      return { outcome: this.unknown(outBillNo, "query", answer.error) }
    }
    if (answer.status === 404 && answer.code === "NOT_FOUND") {
      return { outcome: { state: "not_found", provider_state: null } }
    }
    if (!isOk(answer)) {
      return { outcome: this.unknown(outBillNo, "query", describe(answer)) }
    }
    const bill = answer.body as WechatTransferBill
    if (bill.out_bill_no !== outBillNo) {
      return { outcome: this.unknown(outBillNo, "query", `answer names out_bill_no ${String(bill.out_bill_no)}`) }
    }
    return { outcome: outcomeOfBill(bill), bill }
  }

  private unknown(outBillNo: string, operation: string, error: string): TransferOutcome {
    this.logger?.warn(`wechatpay ${operation} ${outBillNo}: outcome unknown, query before acting — ${error}`)
    return { state: "unknown", error }
  }
}

function isCny(currency: string): boolean {
  return typeof currency === "string" && currency.toLowerCase() === "cny"
}

function isOk(answer: Extract<WechatPayAnswer, { kind: "answer" }>): boolean {
  return answer.status >= 200 && answer.status < 300
}

function describe(answer: Extract<WechatPayAnswer, { kind: "answer" }>): string {
  return `HTTP ${answer.status} ${answer.code ?? "(no code)"}${answer.message ? `: ${answer.message}` : ""}`
}

function firstChars(text: string, max: number): string {
  return Array.from(text).slice(0, max).join("")
}
