/** Throwaway WeChat Pay credentials for tests: nothing here is, or can reach, a real merchant. */
import crypto from "node:crypto"

export type RsaPemPair = { privateKey: string; publicKey: string }

/** A fresh RSA-2048 key pair, PEM (PKCS#8 private, SPKI public), as WeChat Pay uses. */
export function generateRsaPemPair(): RsaPemPair {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  })
  return { privateKey, publicKey }
}

/** The merchant's API key pair plus a fake certificate serial (40 hex digits, like WeChat's). */
export function generateMerchantKeys(): RsaPemPair & { serial: string } {
  return { ...generateRsaPemPair(), serial: crypto.randomBytes(20).toString("hex").toUpperCase() }
}

/** A random 32-character APIv3 key. */
export function generateApiV3Key(): string {
  return crypto.randomBytes(16).toString("hex")
}
