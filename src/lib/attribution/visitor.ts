import { createHash, randomBytes } from "crypto"

/** A visitor's IP is kept only as a salted SHA-256, enough to spot abuse. */
export function hashVisitorIp(ip: string | null | undefined, salt: string): string | null {
  return ip ? createHash("sha256").update(`${salt}:${ip}`).digest("hex") : null
}

/** An opaque token the storefront keeps for an anonymous visitor. */
export function newVisitorToken(): string {
  return `vt_${randomBytes(18).toString("base64url")}`
}

export const VISITOR_TOKEN_PATTERN = /^vt_[A-Za-z0-9_-]{16,64}$/
