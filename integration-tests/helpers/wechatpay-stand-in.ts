/**
 * A local stand-in for WeChat Pay API v3 商家转账 (transfer bills), on loopback,
 * node:http only. It does what WeChat does, as far as a payout provider can
 * tell, and is written independently of the provider's own signing code so a
 * mistake on one side can't hide behind the same mistake on the other:
 *
 * - checks every request's `WECHATPAY2-SHA256-RSA2048` Authorization with the
 *   merchant's public key (401 SIGN_ERROR otherwise);
 * - signs every answer with its own "platform" key pair (made per instance),
 *   `Wechatpay-Serial` = its `PUB_KEY_ID_…`;
 * - create is idempotent by out_bill_no (the same one again returns the bill,
 *   never a second transfer; other details → 400 INVALID_REQUEST), needs an
 *   RSA-OAEP(SHA-1) `user_name` it can decrypt from 200000 fen (2000 CNY) on,
 *   refuses below 10 fen, and 403 NOT_ENOUGH beyond `setBalance`;
 * - query by out_bill_no (404 NOT_FOUND), cancel (CANCELING, then CANCELLED);
 * - callbacks: signed, `resource` AEAD_AES_256_GCM-encrypted with the APIv3 key,
 *   posted to `notifyUrl`; forgeries on demand;
 * - `misbehave([...])`: the next requests time out, fail with 500, come back
 *   with a bad signature, or are carried out with the answer lost.
 */
import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { generateRsaPemPair } from "./wechatpay-keys"

export type StandInCreateMode = "wait_user_confirm" | "accepted" | "success" | "fail"

/**
 * What the next requests do, in order (one entry per request, any endpoint):
 * - "timeout": not carried out; never answered (the client times out).
 * - "500": not carried out; a signed 500 SYSTEM_ERROR.
 * - "bad_signature": carried out; the answer's signature doesn't verify.
 * - "lost_response": carried out; the answer never arrives (the client times out).
 * - "ok": behaves (to let a request through before a misbehaving one).
 */
export type StandInMisbehavior = "timeout" | "500" | "bad_signature" | "lost_response" | "ok"

export type StandInForgery =
  | "bad_signature" // signature over other bytes
  | "wrong_key" // signed with a key that isn't the platform key
  | "stale_timestamp" // correctly signed, 10 minutes old
  | "tampered_body" // correctly signed, body changed afterwards
  | "undecryptable" // correctly signed, resource encrypted with another APIv3 key

export type StandInTransfer = {
  out_bill_no: string
  transfer_bill_no: string
  appid: string
  openid: string
  /** Fen. */
  amount: number
  transfer_remark: string
  transfer_scene_id: string
  transfer_scene_report_infos: unknown
  user_recv_perception?: string
  notify_url?: string
  /** The decrypted real name, when one was sent. */
  user_name?: string
  state: string
  fail_reason?: string
  package_info?: string
  /** Create requests received for this out_bill_no (transfers made: always 1). */
  create_count: number
  create_time: string
  update_time: string
}

export type StandInRequest = {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: string
  /** The HTTP status answered, or null when the request was left hanging. */
  status: number | null
  misbehavior?: StandInMisbehavior
}

export type StandInCallback = { out_bill_no: string; event_id: string; state: string; status: number; forge?: StandInForgery }

export type StartWechatPayStandInOptions = {
  merchantPublicKey: string
  merchantSerial: string
  mchid: string
  appid: string
  apiv3Key: string
  notifyUrl?: string
  onCreate?: StandInCreateMode
  /** The platform key pair and its id, when a caller must know them before starting (fresh ones otherwise). */
  platformKeys?: { privateKey: string; publicKey: string; publicKeyId: string }
  /** The port on 127.0.0.1 (any free one otherwise). */
  port?: number
}

export type WechatPayStandIn = {
  url: string
  publicKey: string
  publicKeyId: string
  transfers: Map<string, StandInTransfer>
  requests: StandInRequest[]
  callbacks: StandInCallback[]
  /** Where callbacks go (settable after start, e.g. once the receiving server listens). */
  notifyUrl: string | undefined
  /** What a new transfer becomes. */
  onCreate: StandInCreateMode
  /** Moves a transfer to `state`; posts its callback when `notify` (default: when a notifyUrl is set). Returns our side's HTTP status, or null if none was sent. */
  setState(outBillNo: string, state: string, opts?: { fail_reason?: string; notify?: boolean }): Promise<number | null>
  /** The dealer confirmed receipt in WeChat: SUCCESS, with its callback. */
  confirm(outBillNo: string): Promise<number | null>
  /** (Re)sends the callback of the transfer's current state; `duplicate` sends it twice. Returns the statuses answered (0: no connection). */
  sendCallback(outBillNo: string, opts?: { duplicate?: boolean; forge?: StandInForgery }): Promise<number[]>
  /** The headers and raw body of a callback, without sending it. */
  buildCallback(outBillNo: string, opts?: { forge?: StandInForgery; eventId?: string }): { headers: Record<string, string>; rawBody: string; eventId: string }
  misbehave(next: StandInMisbehavior[]): void
  /** Forgets misbehaviours not used yet (so a failed test cannot leave them to the next one). */
  behaveNormally(): void
  /** Merchant's operating balance in fen; undefined = unlimited. Creates beyond it get 403 NOT_ENOUGH. */
  setBalance(fen: number | undefined): void
  close(): Promise<void>
}

/** The merchant a stand-in serves: the ids, the APIv3 key, and the API key pair with its certificate serial. */
export type StandInMerchant = { mchid: string; appid: string; apiv3Key: string; privateKey: string; serial: string }

/**
 * The `wechatpay` payout provider's options for talking to a stand-in as
 * `merchant` (the one place the tests spell them out). `standIn` may also be
 * a stand-in not started yet: its platform key, id and URL. Callbacks go
 * nowhere unless `notify_url` is overridden (the tests post them themselves).
 */
export function standInProviderOptions(
  merchant: StandInMerchant,
  standIn: Pick<WechatPayStandIn, "url" | "publicKey" | "publicKeyId">,
  overrides: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    mchid: merchant.mchid,
    appid: merchant.appid,
    private_key: merchant.privateKey,
    certificate_serial: merchant.serial,
    apiv3_key: merchant.apiv3Key,
    public_key: standIn.publicKey,
    public_key_id: standIn.publicKeyId,
    notify_url: "https://example.invalid/hooks/distribution/wechatpay",
    base_url: standIn.url,
    ...overrides,
  }
}

const BILLS = "/v3/fund-app/mch-transfer/transfer-bills"
const CANCELABLE_STATES = new Set(["ACCEPTED", "PROCESSING", "WAIT_USER_CONFIRM"])

export async function startWechatPayStandIn(opts: StartWechatPayStandInOptions): Promise<WechatPayStandIn> {
  const platform = opts.platformKeys ?? generateRsaPemPair()
  const platformPrivate = crypto.createPrivateKey(platform.privateKey)
  const merchantPublic = crypto.createPublicKey(opts.merchantPublicKey)
  const publicKeyId = opts.platformKeys?.publicKeyId ?? `PUB_KEY_ID_${crypto.randomBytes(14).toString("hex").toUpperCase()}`
  const transfers = new Map<string, StandInTransfer>()
  const requests: StandInRequest[] = []
  const callbacks: StandInCallback[] = []
  const misbehaviors: StandInMisbehavior[] = []
  const hanging = new Set<http.ServerResponse>()
  const pendingNotifications = new Set<Promise<unknown>>()
  /** The notification id of each transfer's current state (a redelivery keeps it). */
  const notificationIds = new Map<string, string>()
  let balance: number | undefined

  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, "+00:00")
  const unix = () => Math.floor(Date.now() / 1000)

  const sign = (message: string, key: crypto.KeyObject = platformPrivate) =>
    crypto.sign("sha256", Buffer.from(message, "utf8"), key).toString("base64")

  /** Headers that make `body` a signed WeChat message. */
  const signedHeaders = (body: string, forge?: StandInForgery | "bad_signature"): Record<string, string> => {
    const timestamp = String(forge === "stale_timestamp" ? unix() - 600 : unix())
    const nonce = crypto.randomBytes(16).toString("hex")
    let signature: string
    if (forge === "bad_signature") {
      signature = sign(`${timestamp}\n${nonce}\n${body}x\n`)
    } else if (forge === "wrong_key") {
      signature = sign(`${timestamp}\n${nonce}\n${body}\n`, crypto.createPrivateKey(generateRsaPemPair().privateKey))
    } else {
      signature = sign(`${timestamp}\n${nonce}\n${body}\n`)
    }
    return {
      "Wechatpay-Timestamp": timestamp,
      "Wechatpay-Nonce": nonce,
      "Wechatpay-Signature": signature,
      "Wechatpay-Serial": publicKeyId,
    }
  }

  /** Why the request's Authorization is not the merchant's, or null. */
  const authProblem = (method: string, path: string, body: string, header: string | undefined): string | null => {
    if (!header?.startsWith("WECHATPAY2-SHA256-RSA2048 ")) {
      return "missing WECHATPAY2-SHA256-RSA2048 Authorization"
    }
    const fields: Record<string, string> = {}
    for (const match of header.slice("WECHATPAY2-SHA256-RSA2048 ".length).matchAll(/(\w+)="([^"]*)"/g)) {
      fields[match[1]] = match[2]
    }
    const { mchid, nonce_str, signature, timestamp, serial_no } = fields
    if (!mchid || !nonce_str || !signature || !timestamp || !serial_no) {
      return "Authorization lacks mchid, nonce_str, signature, timestamp or serial_no"
    }
    if (mchid !== opts.mchid) {
      return `mchid ${mchid} is not this merchant`
    }
    if (serial_no !== opts.merchantSerial) {
      return `serial_no ${serial_no} is not the merchant certificate`
    }
    if (Math.abs(unix() - Number(timestamp)) > 300) {
      return "timestamp expired"
    }
    const message = `${method}\n${path}\n${timestamp}\n${nonce_str}\n${body}\n`
    const ok = crypto.verify("sha256", Buffer.from(message, "utf8"), merchantPublic, Buffer.from(signature, "base64"))
    return ok ? null : "sign not match"
  }

  const encryptResource = (plain: string, key: string) => {
    const nonce = crypto.randomBytes(6).toString("hex") // 12 characters, as WeChat's
    const cipher = crypto.createCipheriv("aes-256-gcm", Buffer.from(key, "utf8"), Buffer.from(nonce, "utf8"))
    cipher.setAAD(Buffer.from("mch_payment", "utf8"))
    const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()])
    return {
      original_type: "mch_payment",
      algorithm: "AEAD_AES_256_GCM",
      ciphertext: data.toString("base64"),
      associated_data: "mch_payment",
      nonce,
    }
  }

  const buildCallback: WechatPayStandIn["buildCallback"] = (outBillNo, { forge, eventId } = {}) => {
    const transfer = mustGet(outBillNo)
    const id = eventId ?? notificationIds.get(outBillNo) ?? crypto.randomUUID()
    notificationIds.set(outBillNo, id)
    const resource = {
      out_bill_no: transfer.out_bill_no,
      transfer_bill_no: transfer.transfer_bill_no,
      state: transfer.state,
      mch_id: opts.mchid,
      transfer_amount: transfer.amount,
      openid: transfer.openid,
      ...(transfer.fail_reason ? { fail_reason: transfer.fail_reason } : {}),
      create_time: transfer.create_time,
      update_time: transfer.update_time,
    }
    const apiv3Key = forge === "undecryptable" ? crypto.randomBytes(16).toString("hex") : opts.apiv3Key
    const rawBody = JSON.stringify({
      id,
      create_time: now(),
      resource_type: "encrypt-resource",
      event_type: "MCHTRANSFER.BILL.FINISHED",
      summary: "商家转账单据终态通知",
      resource: encryptResource(JSON.stringify(resource), apiv3Key),
    })
    const headers = { "Content-Type": "application/json", ...signedHeaders(rawBody, forge === "undecryptable" ? undefined : forge) }
    if (forge === "tampered_body") {
      // Signed as it was, then changed: a different notification id.
      return { headers, rawBody: rawBody.replace(`"id":"${id}"`, `"id":"${id}-tampered"`), eventId: id }
    }
    return { headers, rawBody, eventId: id }
  }

  const postCallback = async (outBillNo: string, forge?: StandInForgery, eventId?: string): Promise<number> => {
    const notifyUrl = standIn.notifyUrl
    if (!notifyUrl) {
      throw new Error("wechatpay stand-in: no notifyUrl to send callbacks to")
    }
    const callback = buildCallback(outBillNo, { forge, eventId })
    let status = 0
    try {
      const response = await fetch(notifyUrl, {
        method: "POST",
        headers: callback.headers,
        body: callback.rawBody,
        signal: AbortSignal.timeout(5_000),
      })
      status = response.status
      await response.text()
    } catch {
      status = 0
    }
    callbacks.push({ out_bill_no: outBillNo, event_id: callback.eventId, state: mustGet(outBillNo).state, status, forge })
    return status
  }

  const mustGet = (outBillNo: string): StandInTransfer => {
    const transfer = transfers.get(outBillNo)
    if (!transfer) {
      throw new Error(`wechatpay stand-in: no transfer ${outBillNo}`)
    }
    return transfer
  }

  const changeState = (transfer: StandInTransfer, state: string, failReason?: string) => {
    transfer.state = state
    transfer.update_time = now()
    transfer.fail_reason = state === "FAIL" ? failReason ?? transfer.fail_reason ?? "TRANSFER_RISK" : undefined
    if (state !== "WAIT_USER_CONFIRM") {
      transfer.package_info = undefined
    }
    notificationIds.delete(transfer.out_bill_no) // a new state is a new notification
  }

  const decryptUserName = (cipherText: string): string | null => {
    try {
      return crypto
        .privateDecrypt(
          { key: platformPrivate, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
          Buffer.from(cipherText, "base64")
        )
        .toString("utf8")
    } catch {
      return null
    }
  }

  type Answer = { status: number; body: Record<string, unknown> }
  const error = (status: number, code: string, message: string): Answer => ({ status, body: { code, message } })

  const createBill = (body: Record<string, any>, headers: http.IncomingHttpHeaders): Answer => {
    const required = ["appid", "out_bill_no", "transfer_scene_id", "openid", "transfer_amount", "transfer_remark"]
    const missing = required.find((field) => body[field] === undefined || body[field] === "")
    if (missing) {
      return error(400, "PARAM_ERROR", `缺少参数 ${missing}`)
    }
    if (typeof body.out_bill_no !== "string" || !/^[A-Za-z0-9]{5,32}$/.test(body.out_bill_no)) {
      return error(400, "PARAM_ERROR", "商户单号只能由数字、大小写字母组成")
    }
    if (!Number.isInteger(body.transfer_amount) || body.transfer_amount <= 0) {
      return error(400, "PARAM_ERROR", "转账金额必须为正整数(分)")
    }
    if (!Array.isArray(body.transfer_scene_report_infos) || body.transfer_scene_report_infos.length === 0) {
      return error(400, "PARAM_ERROR", "需传入转账场景报备信息,请检查")
    }
    if (body.appid !== opts.appid) {
      return error(400, "INVALID_REQUEST", "APPID不存在")
    }
    let userName: string | undefined
    if (body.user_name !== undefined) {
      if (headers["wechatpay-serial"] !== publicKeyId) {
        return error(400, "PARAM_ERROR", "Wechatpay-Serial 与加密所用公钥不匹配")
      }
      const plain = decryptUserName(String(body.user_name))
      if (plain === null) {
        return error(400, "PARAM_ERROR", "user_name 解密失败")
      }
      userName = plain
    } else if (body.transfer_amount >= 200_000) {
      return error(400, "PARAM_ERROR", "转账金额>=2,000元时,必须传入收款用户姓名")
    }

    const existing = transfers.get(body.out_bill_no)
    if (existing) {
      existing.create_count += 1
      if (existing.amount !== body.transfer_amount || existing.openid !== body.openid || existing.appid !== body.appid) {
        return error(400, "INVALID_REQUEST", "单号已存在但信息不一致,请查单后比较确认")
      }
      return { status: 200, body: billAnswer(existing) }
    }
    if (body.transfer_amount < 10) {
      return error(400, "INVALID_REQUEST", "超过单笔转账上下限,核实产品设置是否准确")
    }
    if (balance !== undefined && body.transfer_amount > balance) {
      return error(403, "NOT_ENOUGH", "商户运营账户资金不足,充值后可以原单号发起重试,请勿更换商户单号")
    }
    if (balance !== undefined) {
      balance -= body.transfer_amount
    }
    const state = {
      wait_user_confirm: "WAIT_USER_CONFIRM",
      accepted: "ACCEPTED",
      success: "SUCCESS",
      fail: "FAIL",
    }[standIn.onCreate]
    const transfer: StandInTransfer = {
      out_bill_no: body.out_bill_no,
      transfer_bill_no: `1330${Date.now()}${crypto.randomInt(10 ** 9, 10 ** 10 - 1)}`.slice(0, 34),
      appid: body.appid,
      openid: body.openid,
      amount: body.transfer_amount,
      transfer_remark: body.transfer_remark,
      transfer_scene_id: body.transfer_scene_id,
      transfer_scene_report_infos: body.transfer_scene_report_infos,
      user_recv_perception: body.user_recv_perception,
      notify_url: body.notify_url,
      user_name: userName,
      state,
      fail_reason: state === "FAIL" ? "ACCOUNT_FROZEN" : undefined,
      package_info: state === "WAIT_USER_CONFIRM" ? crypto.randomBytes(48).toString("base64") : undefined,
      create_count: 1,
      create_time: now(),
      update_time: now(),
    }
    transfers.set(transfer.out_bill_no, transfer)
    return { status: 200, body: billAnswer(transfer) }
  }

  const billAnswer = (transfer: StandInTransfer) => ({
    out_bill_no: transfer.out_bill_no,
    transfer_bill_no: transfer.transfer_bill_no,
    create_time: transfer.create_time,
    state: transfer.state,
    ...(transfer.state === "WAIT_USER_CONFIRM" ? { package_info: transfer.package_info } : {}),
    ...(transfer.fail_reason ? { fail_reason: transfer.fail_reason } : {}),
  })

  const queryAnswer = (transfer: StandInTransfer) => ({
    mch_id: opts.mchid,
    out_bill_no: transfer.out_bill_no,
    transfer_bill_no: transfer.transfer_bill_no,
    appid: transfer.appid,
    state: transfer.state,
    transfer_amount: transfer.amount,
    transfer_remark: transfer.transfer_remark,
    ...(transfer.fail_reason ? { fail_reason: transfer.fail_reason } : {}),
    openid: transfer.openid,
    create_time: transfer.create_time,
    update_time: transfer.update_time,
  })

  const route = (method: string, path: string, rawBody: string, headers: http.IncomingHttpHeaders): Answer => {
    const pathname = path.split("?")[0]
    if (method === "POST" && pathname === BILLS) {
      let body: Record<string, any>
      try {
        body = JSON.parse(rawBody)
      } catch {
        return error(400, "PARAM_ERROR", "请求体不是合法的JSON")
      }
      return createBill(body ?? {}, headers)
    }
    const byNo = pathname.match(/^\/v3\/fund-app\/mch-transfer\/transfer-bills\/out-bill-no\/([^/]+)(\/cancel)?$/)
    if (byNo) {
      const transfer = transfers.get(decodeURIComponent(byNo[1]))
      if (method === "GET" && !byNo[2]) {
        return transfer ? { status: 200, body: queryAnswer(transfer) } : error(404, "NOT_FOUND", "记录不存在")
      }
      if (method === "POST" && byNo[2]) {
        if (!transfer) {
          return error(404, "NOT_FOUND", "记录不存在")
        }
        if (!CANCELABLE_STATES.has(transfer.state)) {
          return error(400, "INVALID_REQUEST", "转账单当前状态不支持撤销")
        }
        // WeChat answers CANCELING; the bill is CANCELLED shortly after, with a callback.
        changeState(transfer, "CANCELLED")
        if (standIn.notifyUrl) {
          track(postCallback(transfer.out_bill_no))
        }
        return {
          status: 200,
          body: {
            out_bill_no: transfer.out_bill_no,
            transfer_bill_no: transfer.transfer_bill_no,
            state: "CANCELING",
            update_time: transfer.update_time,
          },
        }
      }
    }
    return error(404, "NOT_FOUND", "接口不存在")
  }

  const track = (promise: Promise<unknown>) => {
    const settled = promise.catch(() => undefined).finally(() => pendingNotifications.delete(settled))
    pendingNotifications.add(settled)
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8")
      const method = req.method ?? "GET"
      const path = req.url ?? "/"
      const entry: StandInRequest = { method, path, headers: req.headers, body: rawBody, status: null }
      requests.push(entry)

      const problem = authProblem(method, path, rawBody, req.headers.authorization)
      const next = problem ? undefined : misbehaviors.shift()
      const misbehavior = next === "ok" ? undefined : next
      entry.misbehavior = misbehavior

      if (misbehavior === "timeout") {
        hanging.add(res)
        res.on("close", () => hanging.delete(res))
        return
      }
      let answer: Answer
      if (problem) {
        answer = error(401, "SIGN_ERROR", `错误的签名,验签失败 (${problem})`)
      } else if (misbehavior === "500") {
        answer = error(500, "SYSTEM_ERROR", "系统异常,请稍后重试")
      } else {
        answer = route(method, path, rawBody, req.headers)
      }
      if (misbehavior === "lost_response") {
        hanging.add(res)
        res.on("close", () => hanging.delete(res))
        return
      }
      const body = JSON.stringify(answer.body)
      entry.status = answer.status
      res.writeHead(answer.status, {
        "Content-Type": "application/json; charset=utf-8",
        "Request-ID": crypto.randomUUID(),
        ...signedHeaders(body, misbehavior === "bad_signature" ? "bad_signature" : undefined),
      })
      res.end(body)
    })
  })

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  const standIn: WechatPayStandIn = {
    url: `http://127.0.0.1:${port}`,
    publicKey: platform.publicKey,
    publicKeyId,
    transfers,
    requests,
    callbacks,
    notifyUrl: opts.notifyUrl,
    onCreate: opts.onCreate ?? "wait_user_confirm",

    async setState(outBillNo, state, { fail_reason, notify } = {}) {
      changeState(mustGet(outBillNo), state, fail_reason)
      if (notify ?? !!standIn.notifyUrl) {
        return postCallback(outBillNo)
      }
      return null
    },

    confirm(outBillNo) {
      return standIn.setState(outBillNo, "SUCCESS")
    },

    async sendCallback(outBillNo, { duplicate, forge } = {}) {
      const first = await postCallback(outBillNo, forge)
      if (!duplicate) {
        return [first]
      }
      return [first, await postCallback(outBillNo, forge, callbacks[callbacks.length - 1].event_id)]
    },

    buildCallback,

    misbehave(next) {
      misbehaviors.push(...next)
    },

    behaveNormally() {
      misbehaviors.length = 0
    },

    setBalance(fen) {
      balance = fen
    },

    async close() {
      await Promise.all([...pendingNotifications])
      for (const res of hanging) {
        res.destroy()
      }
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  return standIn
}
