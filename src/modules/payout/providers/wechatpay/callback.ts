/**
 * WeChat Pay's transfer callback (商家转账回调通知, event MCHTRANSFER.BILL.FINISHED):
 * verify the signature over the raw body exactly as received, then decrypt
 * `resource` — AEAD_AES_256_GCM with the APIv3 key, its `nonce` as IV and its
 * `associated_data` as AAD; `ciphertext` is base64 of data || 16-byte tag.
 */
import crypto, { type KeyObject } from "node:crypto"
import { PayoutCallbackRejected } from "../types"
import { signatureHeadersOf, verificationProblem } from "./signing"
import type { WechatTransferBill } from "./states"

export type WechatNotification = {
  id: string
  event_type?: string
  resource: WechatTransferBill
}

export type CallbackVerifier = {
  wechatPublicKey: KeyObject
  publicKeyId: string
  apiv3Key: string
}

/** Decrypts one `resource`; throws when the key, nonce, associated data or tag don't match. */
export function decryptResource(
  resource: { ciphertext: string; nonce: string; associated_data?: string | null },
  apiv3Key: string
): string {
  const data = Buffer.from(resource.ciphertext, "base64")
  if (data.length <= 16) {
    throw new Error("ciphertext too short")
  }
  const decipher = crypto.createDecipheriv("aes-256-gcm", Buffer.from(apiv3Key, "utf8"), Buffer.from(resource.nonce, "utf8"))
  decipher.setAuthTag(data.subarray(data.length - 16))
  decipher.setAAD(Buffer.from(resource.associated_data ?? "", "utf8"))
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8")
}

/** Verifies and decrypts a callback; throws PayoutCallbackRejected (changing nothing) when it can't be trusted. */
export function readNotification(
  headers: Record<string, string | string[] | undefined>,
  rawBody: string,
  verifier: CallbackVerifier
): WechatNotification {
  if (typeof rawBody !== "string" || rawBody === "") {
    throw new PayoutCallbackRejected("empty callback body (the route must pass the raw body text)")
  }
  const problem = verificationProblem(signatureHeadersOf(headers), rawBody, verifier.wechatPublicKey, verifier.publicKeyId)
  if (problem) {
    throw new PayoutCallbackRejected(`callback signature not verified: ${problem}`)
  }

  let envelope: any
  try {
    envelope = JSON.parse(rawBody)
  } catch {
    throw new PayoutCallbackRejected("callback body is not JSON")
  }
  const resource = envelope?.resource
  if (
    typeof envelope?.id !== "string" ||
    !envelope.id ||
    typeof resource?.ciphertext !== "string" ||
    typeof resource?.nonce !== "string"
  ) {
    throw new PayoutCallbackRejected("callback lacks id or resource.ciphertext/nonce")
  }
  if (resource.algorithm && resource.algorithm !== "AEAD_AES_256_GCM") {
    throw new PayoutCallbackRejected(`callback resource uses ${resource.algorithm}, not AEAD_AES_256_GCM`)
  }

  let plain: string
  try {
    plain = decryptResource(resource, verifier.apiv3Key)
  } catch {
    throw new PayoutCallbackRejected("callback resource does not decrypt with the APIv3 key")
  }
  let bill: WechatTransferBill
  try {
    bill = JSON.parse(plain)
  } catch {
    throw new PayoutCallbackRejected("decrypted callback resource is not JSON")
  }
  if (!bill || typeof bill.out_bill_no !== "string" || typeof bill.state !== "string") {
    throw new PayoutCallbackRejected("decrypted callback resource lacks out_bill_no or state")
  }
  return { id: envelope.id, event_type: envelope.event_type, resource: bill }
}
