import { createHash } from "crypto"
import type { ReferralRateLimitOptions } from "../options/plugin-options"

/** One counter of a fixed window: `key` names the budget and who spends it. */
export type WindowCounter = { key: string; window_start: Date; expires_at: Date }

/**
 * Where the counters live. `increment` adds one to each counter (starting it
 * at 1 when its window is new) and `read` only looks; both answer the hits of
 * each key in the window asked for (0 when its row belongs to an older one).
 * It must be atomic across processes: the plugin's store is one PostgreSQL
 * upsert (DistributionModuleService.countRateLimitHits).
 */
export type WindowCounterStore = (input: {
  increment: WindowCounter[]
  read: WindowCounter[]
}) => Promise<Record<string, number>>

/** Who is asking: the salted hash of the client IP and the storefront's visitor token. */
export type TouchSubject = { ip_hash: string | null; visitor_token: string | null }

export type LimitVerdict =
  | { allowed: true }
  | {
      allowed: false
      budget: "touches" | "unknown_codes"
      by: "ip" | "visitor"
      /** Whole seconds until the window that refused ends (≥ 1): the Retry-After header. */
      retry_after: number
      message: string
    }

type Budget = {
  name: "touches" | "unknown_codes"
  by: "ip" | "visitor"
  limit: number
  window_ms: number
  key: string
}

/** The fixed window holding `now`, counted from the epoch so every process agrees on it. */
export function fixedWindow(now: number, windowMs: number): { start: number; end: number } {
  const start = Math.floor(now / windowMs) * windowMs
  return { start, end: start + windowMs }
}

/** Seconds until `end`, rounded up, never below 1. */
export function retryAfterSeconds(now: number, end: number): number {
  return Math.max(1, Math.ceil((end - now) / 1000))
}

/** A visitor token as a counter key: hashed, so keys have one length and say nothing. */
export function visitorKey(token: string): string {
  return createHash("sha256").update(`visitor:${token}`).digest("hex")
}

const MESSAGES: Record<Budget["name"], (by: Budget["by"], seconds: number) => string> = {
  touches: (by, s) =>
    `Too many referral requests from this ${by === "ip" ? "network address" : "visitor"}; try again in ${s} s.`,
  unknown_codes: (by, s) =>
    `Too many referral codes that do not exist from this ${by === "ip" ? "network address" : "visitor"}; try again in ${s} s.`,
}

/**
 * Budgets of the referral touch routes. Every visit or attach spends one
 * touch of its IP's and its visitor's budget; a code that does not exist also
 * spends one of the much smaller unknown-code budgets. Once an unknown-code
 * budget is spent, *every* touch of that IP or visitor is refused until its
 * window ends — otherwise a 200 for a valid code next to a 429 for an unknown
 * one would still tell a guesser which codes exist.
 *
 * Fixed windows: a client can spend up to twice a budget across a window
 * boundary; that is the price of one counter row per key and an exact
 * Retry-After.
 */
export class ReferralTouchLimiter {
  constructor(
    private readonly limits: ReferralRateLimitOptions,
    private readonly store: WindowCounterStore,
    private readonly now: () => number = Date.now
  ) {}

  /** Counts this touch and says whether it may go on. */
  async admit(subject: TouchSubject): Promise<LimitVerdict> {
    const now = this.now()
    const touches = this.budgets("touches", subject)
    const guesses = this.budgets("unknown_codes", subject)
    if (!touches.length && !guesses.length) {
      return { allowed: true }
    }
    const hits = await this.store({
      increment: touches.map((b) => this.counter(b, now)),
      read: guesses.map((b) => this.counter(b, now)),
    })
    // A touch budget refuses the request that goes over it; an unknown-code
    // budget refuses every request once it is spent.
    const refusals = [
      ...touches.filter((b) => (hits[b.key] ?? 0) > b.limit),
      ...guesses.filter((b) => (hits[b.key] ?? 0) >= b.limit),
    ]
    if (!refusals.length) {
      return { allowed: true }
    }
    const longest = refusals
      .map((b) => ({ budget: b, seconds: retryAfterSeconds(now, fixedWindow(now, b.window_ms).end) }))
      .sort((a, b) => b.seconds - a.seconds)[0]
    return {
      allowed: false,
      budget: longest.budget.name,
      by: longest.budget.by,
      retry_after: longest.seconds,
      message: MESSAGES[longest.budget.name](longest.budget.by, longest.seconds),
    }
  }

  /** A touch named a code that does not exist: it spends the unknown-code budgets. */
  async recordUnknownCode(subject: TouchSubject): Promise<void> {
    const now = this.now()
    const guesses = this.budgets("unknown_codes", subject)
    if (guesses.length) {
      await this.store({ increment: guesses.map((b) => this.counter(b, now)), read: [] })
    }
  }

  private budgets(name: Budget["name"], subject: TouchSubject): Budget[] {
    const l = this.limits
    const [perIp, perVisitor, windowSeconds] =
      name === "touches"
        ? [l.per_ip, l.per_visitor, l.window_seconds]
        : [l.unknown_codes_per_ip, l.unknown_codes_per_visitor, l.unknown_code_window_seconds]
    const prefix = name === "touches" ? "touch" : "unknown"
    const budgets: Budget[] = []
    if (perIp && subject.ip_hash) {
      budgets.push({ name, by: "ip", limit: perIp, window_ms: windowSeconds * 1000, key: `${prefix}:ip:${subject.ip_hash}` })
    }
    if (perVisitor && subject.visitor_token) {
      budgets.push({
        name,
        by: "visitor",
        limit: perVisitor,
        window_ms: windowSeconds * 1000,
        key: `${prefix}:vt:${visitorKey(subject.visitor_token)}`,
      })
    }
    return budgets
  }

  private counter(budget: Budget, now: number): WindowCounter {
    const { start, end } = fixedWindow(now, budget.window_ms)
    return { key: budget.key, window_start: new Date(start), expires_at: new Date(end) }
  }
}
