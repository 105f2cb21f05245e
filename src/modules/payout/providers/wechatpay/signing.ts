/**
 * WeChat Pay API v3 message signatures, in public-key mode.
 *
 * - Requests: `WECHATPAY2-SHA256-RSA2048`, SHA256withRSA (PKCS#1 v1.5) with the
 *   merchant's private key over `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n`.
 * - Answers and callbacks: the same algorithm with WeChat Pay's key over
 *   `TIMESTAMP\nNONCE\nBODY\n`, the key named by the `Wechatpay-Serial` header
 *   (here always the configured `PUB_KEY_ID_…`).
 * - Sensitive request fields (`user_name`): RSA-OAEP with SHA-1 and WeChat Pay's
 *   public key, base64 — WeChat requires SHA-1 here, not SHA-256.
 */
import crypto, { KeyObject } from "node:crypto"

export const AUTH_SCHEME = "WECHATPAY2-SHA256-RSA2048"

/** WeChat refuses requests, and we refuse answers and callbacks, whose timestamp is further off than this. */
export const MAX_CLOCK_SKEW_SECONDS = 300

export type RequestSigner = {
  mchid: string
  serialNo: string
  privateKey: KeyObject
}

export type SignatureHeaders = {
  timestamp?: string
  nonce?: string
  signature?: string
  serial?: string
}

export function nonce(): string {
  return crypto.randomBytes(16).toString("hex")
}

export function unixNow(): number {
  return Math.floor(Date.now() / 1000)
}

/** The `Authorization` header of one request. `pathWithQuery` is the URL's path and query, e.g. `/v3/…/out-bill-no/X`. */
export function authorizationHeader(
  signer: RequestSigner,
  method: string,
  pathWithQuery: string,
  body: string,
  timestamp: number = unixNow(),
  nonceStr: string = nonce()
): string {
  const message = `${method.toUpperCase()}\n${pathWithQuery}\n${timestamp}\n${nonceStr}\n${body}\n`
  const signature = crypto.sign("sha256", Buffer.from(message, "utf8"), signer.privateKey).toString("base64")
  return (
    `${AUTH_SCHEME} mchid="${signer.mchid}",nonce_str="${nonceStr}",` +
    `signature="${signature}",timestamp="${timestamp}",serial_no="${signer.serialNo}"`
  )
}

/** Reads the four `Wechatpay-*` headers from a Fetch `Headers` or a Node header record (any case). */
export function signatureHeadersOf(
  headers: Headers | Record<string, string | string[] | undefined>
): SignatureHeaders {
  const get = (name: string): string | undefined => {
    if (typeof (headers as Headers).get === "function") {
      return (headers as Headers).get(name) ?? undefined
    }
    const record = headers as Record<string, string | string[] | undefined>
    const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase())
    const value = key === undefined ? undefined : record[key]
    return Array.isArray(value) ? value[0] : value
  }
  return {
    timestamp: get("Wechatpay-Timestamp"),
    nonce: get("Wechatpay-Nonce"),
    signature: get("Wechatpay-Signature"),
    serial: get("Wechatpay-Serial"),
  }
}

/**
 * Checks that an answer or a callback was signed by WeChat Pay: returns null
 * when it was, or why not. `body` must be the raw text exactly as received.
 */
export function verificationProblem(
  headers: SignatureHeaders,
  body: string,
  wechatPublicKey: KeyObject,
  publicKeyId: string,
  now: number = unixNow()
): string | null {
  const { timestamp, nonce: nonceStr, signature, serial } = headers
  if (!timestamp || !nonceStr || !signature || !serial) {
    return "no Wechatpay-Timestamp/Nonce/Signature/Serial headers"
  }
  if (serial !== publicKeyId) {
    return `signed with key "${serial}", not the configured public_key_id`
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    return "malformed Wechatpay-Timestamp"
  }
  if (Math.abs(now - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    return `Wechatpay-Timestamp is ${now - Number(timestamp)}s off (more than ${MAX_CLOCK_SKEW_SECONDS}s)`
  }
  let ok = false
  try {
    ok = crypto.verify(
      "sha256",
      Buffer.from(`${timestamp}\n${nonceStr}\n${body}\n`, "utf8"),
      wechatPublicKey,
      Buffer.from(signature, "base64")
    )
  } catch {
    ok = false
  }
  return ok ? null : "signature does not match WeChat Pay's public key"
}

/** Encrypts a sensitive field (e.g. `user_name`) for WeChat Pay: RSA-OAEP, SHA-1, base64. */
export function encryptSensitive(plain: string, wechatPublicKey: KeyObject): string {
  return crypto
    .publicEncrypt(
      { key: wechatPublicKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
      Buffer.from(plain, "utf8")
    )
    .toString("base64")
}
