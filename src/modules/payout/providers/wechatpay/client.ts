/**
 * A small WeChat Pay API v3 client: signs each request, sends it with the
 * global fetch under a hard timeout, and believes an answer only once its
 * signature verifies with WeChat Pay's public key.
 *
 * Its one rule: anything it can't prove came from WeChat — a timeout, a
 * dropped connection, an unsigned or badly signed answer, a body that isn't
 * JSON — comes back as `{ kind: "unknown" }`, because the request may well
 * have been carried out. Only a verified answer comes back as
 * `{ kind: "answer" }`, with its status (2xx, 4xx or 5xx) for the caller to read.
 */
import type { KeyObject } from "node:crypto"
import { authorizationHeader, type RequestSigner, signatureHeadersOf, verificationProblem } from "./signing"

export type WechatPayClientConfig = {
  baseUrl: string
  signer: RequestSigner
  wechatPublicKey: KeyObject
  publicKeyId: string
  timeoutMs: number
  userAgent?: string
}

export type WechatPayAnswer =
  /** A verified answer. `body` is its parsed JSON ({} when empty); `code`/`message` are WeChat's error fields, if any. */
  | { kind: "answer"; status: number; body: Record<string, any>; code?: string; message?: string }
  /** The request may or may not have been carried out. */
  | { kind: "unknown"; error: string }

export class WechatPayClient {
  constructor(private readonly config: WechatPayClientConfig) {}

  get(pathWithQuery: string): Promise<WechatPayAnswer> {
    return this.request("GET", pathWithQuery)
  }

  post(pathWithQuery: string, payload: unknown, extraHeaders: Record<string, string> = {}): Promise<WechatPayAnswer> {
    return this.request("POST", pathWithQuery, JSON.stringify(payload), extraHeaders)
  }

  async request(
    method: "GET" | "POST",
    pathWithQuery: string,
    body = "",
    extraHeaders: Record<string, string> = {}
  ): Promise<WechatPayAnswer> {
    const url = `${this.config.baseUrl}${pathWithQuery}`
    // The signed path is the URL's own path + query, as WeChat will see it.
    const { pathname, search } = new URL(url)
    const headers: Record<string, string> = {
      Accept: "application/json",
      "User-Agent": this.config.userAgent ?? "medusa-plugin-distribution (wechatpay payouts)",
      Authorization: authorizationHeader(this.config.signer, method, `${pathname}${search}`, body),
      ...extraHeaders,
    }
    if (method === "POST") {
      headers["Content-Type"] = "application/json"
    }

    let status: number
    let text: string
    let responseHeaders: Headers
    try {
      // One signal bounds the whole exchange: connecting, the headers and the body.
      const signal = AbortSignal.timeout(this.config.timeoutMs)
      const response = await fetch(url, { method, headers, body: method === "POST" ? body : undefined, signal })
      status = response.status
      responseHeaders = response.headers
      text = await response.text()
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } }
      const reason =
        err?.name === "TimeoutError" || err?.name === "AbortError"
          ? `no answer within ${this.config.timeoutMs} ms`
          : `network error: ${err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e)}`
      return { kind: "unknown", error: `${method} ${pathname}: ${reason}` }
    }

    const problem = verificationProblem(
      signatureHeadersOf(responseHeaders),
      text,
      this.config.wechatPublicKey,
      this.config.publicKeyId
    )
    if (problem) {
      return {
        kind: "unknown",
        error: `${method} ${pathname}: HTTP ${status} answer not verified (${problem})${unverifiedHint(text)}`,
      }
    }

    let parsed: unknown = {}
    if (text.trim() !== "") {
      try {
        parsed = JSON.parse(text)
      } catch {
        return { kind: "unknown", error: `${method} ${pathname}: HTTP ${status} answer is not JSON` }
      }
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      return { kind: "unknown", error: `${method} ${pathname}: HTTP ${status} answer is not a JSON object` }
    }
    const record = parsed as Record<string, any>
    return {
      kind: "answer",
      status,
      body: record,
      code: typeof record.code === "string" ? record.code : undefined,
      message: typeof record.message === "string" ? record.message : undefined,
    }
  }
}

/** For the operator only: what an unverified answer claimed (its code), marked as unverified. */
function unverifiedHint(text: string): string {
  try {
    const body = JSON.parse(text)
    if (body && typeof body.code === "string") {
      return `; it claimed code ${body.code}${typeof body.message === "string" ? ` "${body.message.slice(0, 120)}"` : ""}`
    }
  } catch {
    // not JSON: nothing to add
  }
  return ""
}
