import { REFERRAL_RATE_LIMIT_DEFAULTS, ReferralRateLimitOptions } from "../../options/plugin-options"
import {
  fixedWindow,
  ReferralTouchLimiter,
  retryAfterSeconds,
  visitorKey,
  WindowCounter,
  WindowCounterStore,
} from "../referral-touch-limiter"

/**
 * The store's contract in memory, with the same rules as the PostgreSQL
 * upsert: one row per key, a newer window restarts the count at 1, an older
 * one never moves the window back, a read of an older row counts 0.
 */
function memoryStore() {
  const rows = new Map<string, { window_start: number; hits: number }>()
  const calls: { increment: string[]; read: string[] }[] = []
  const store: WindowCounterStore = async ({ increment, read }) => {
    calls.push({ increment: increment.map((c) => c.key), read: read.map((c) => c.key) })
    const answer: Record<string, number> = {}
    const countIn = (c: WindowCounter) => {
      const row = rows.get(c.key)
      return row && row.window_start >= c.window_start.getTime() ? row.hits : 0
    }
    for (const c of increment) {
      const row = rows.get(c.key)
      const start = c.window_start.getTime()
      if (!row || start > row.window_start) {
        rows.set(c.key, { window_start: start, hits: 1 })
      } else {
        row.hits += 1
      }
      answer[c.key] = countIn(c)
    }
    for (const c of read) {
      answer[c.key] = countIn(c)
    }
    return answer
  }
  return { store, rows, calls }
}

function clock(start = Date.UTC(2026, 11, 7, 10, 0, 0)) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms), set: (t: number) => (now = t) }
}

const limits = (over: Partial<ReferralRateLimitOptions> = {}): ReferralRateLimitOptions => ({
  window_seconds: 60,
  per_ip: 5,
  per_visitor: 3,
  unknown_code_window_seconds: 600,
  unknown_codes_per_ip: 2,
  unknown_codes_per_visitor: null,
  ...over,
})

const A = { ip_hash: "ip-a", visitor_token: null }
const B = { ip_hash: "ip-b", visitor_token: null }

describe("fixed windows", () => {
  it.each([
    [0, 60_000, 0, 60_000],
    [59_999, 60_000, 0, 60_000],
    [60_000, 60_000, 60_000, 120_000],
    [1_000_000_123, 900_000, 999_900_000, 1_000_800_000],
  ])("now %p with %p ms windows lies in [%p, %p)", (now, size, start, end) => {
    expect(fixedWindow(now, size)).toEqual({ start, end })
  })

  it.each([
    [0, 60_000, 60],
    [59_001, 60_000, 1],
    [59_999, 60_000, 1],
    [60_000, 60_000, 1],
    [10_500, 60_000, 50],
  ])("Retry-After from %p to %p is %p s", (now, end, seconds) => {
    expect(retryAfterSeconds(now, end)).toBe(seconds)
  })
})

describe("ReferralTouchLimiter", () => {
  it("lets a key spend its touch budget, refuses the next touch until the window ends, then starts again", async () => {
    const t = clock(Date.UTC(2026, 11, 7, 10, 0, 15))
    const { store } = memoryStore()
    const limiter = new ReferralTouchLimiter(limits(), store, t.now)
    for (let i = 0; i < 5; i++) {
      expect(await limiter.admit(A)).toEqual({ allowed: true })
    }
    const refused = await limiter.admit(A)
    expect(refused).toEqual({
      allowed: false,
      budget: "touches",
      by: "ip",
      retry_after: 45,
      message: "Too many referral requests from this network address; try again in 45 s.",
    })
    // Another address is not affected.
    expect(await limiter.admit(B)).toEqual({ allowed: true })
    t.advance(44_999)
    expect((await limiter.admit(A)).allowed).toBe(false)
    t.advance(1)
    expect(await limiter.admit(A)).toEqual({ allowed: true })
  })

  it("counts a visitor token apart from its address, on its own budget", async () => {
    const t = clock()
    const { store } = memoryStore()
    const limiter = new ReferralTouchLimiter(limits(), store, t.now)
    const visitor = { ip_hash: "ip-a", visitor_token: "vt_aaaaaaaaaaaaaaaaaaaa" }
    for (let i = 0; i < 3; i++) {
      expect((await limiter.admit(visitor)).allowed).toBe(true)
    }
    expect(await limiter.admit(visitor)).toEqual(expect.objectContaining({ allowed: false, by: "visitor", budget: "touches" }))
    // Another token on the same address has its own budget, until the address's (5) is spent.
    const other = { ip_hash: "ip-a", visitor_token: "vt_bbbbbbbbbbbbbbbbbbbb" }
    expect((await limiter.admit(other)).allowed).toBe(true)
    expect(await limiter.admit(other)).toEqual(expect.objectContaining({ allowed: false, by: "ip" }))
  })

  it("refuses every touch of a key once its unknown-code budget is spent, for the longer window", async () => {
    const t = clock(Date.UTC(2026, 11, 7, 10, 0, 0))
    const { store } = memoryStore()
    const limiter = new ReferralTouchLimiter(limits({ per_ip: 1000 }), store, t.now)
    for (let i = 0; i < 2; i++) {
      expect((await limiter.admit(A)).allowed).toBe(true)
      await limiter.recordUnknownCode(A)
    }
    const refused = await limiter.admit(A)
    expect(refused).toEqual(
      expect.objectContaining({ allowed: false, budget: "unknown_codes", by: "ip", retry_after: 600 })
    )
    expect((refused as any).message).toMatch(/do not exist/)
    // Valid codes from elsewhere still pass.
    expect((await limiter.admit(B)).allowed).toBe(true)
    // The touch window turning over changes nothing; the unknown-code window does.
    t.advance(60_000)
    expect((await limiter.admit(A)).allowed).toBe(false)
    t.advance(540_000)
    expect((await limiter.admit(A)).allowed).toBe(true)
  })

  it("answers the longest wait when several budgets are spent", async () => {
    const t = clock(Date.UTC(2026, 11, 7, 10, 0, 30))
    const { store } = memoryStore()
    const limiter = new ReferralTouchLimiter(limits({ per_ip: 1, unknown_codes_per_ip: 1 }), store, t.now)
    expect((await limiter.admit(A)).allowed).toBe(true)
    await limiter.recordUnknownCode(A)
    expect(await limiter.admit(A)).toEqual(expect.objectContaining({ budget: "unknown_codes", retry_after: 570 }))
  })

  it("does nothing for a budget of 0 or null, or for a subject it can't key", async () => {
    const t = clock()
    const { store, calls } = memoryStore()
    const off = new ReferralTouchLimiter(
      limits({ per_ip: 0, per_visitor: null, unknown_codes_per_ip: null, unknown_codes_per_visitor: 0 }),
      store,
      t.now
    )
    for (let i = 0; i < 50; i++) {
      expect(await off.admit({ ip_hash: "ip-a", visitor_token: "vt_aaaaaaaaaaaaaaaaaaaa" })).toEqual({ allowed: true })
      await off.recordUnknownCode(A)
    }
    const limiter = new ReferralTouchLimiter(limits(), store, t.now)
    expect(await limiter.admit({ ip_hash: null, visitor_token: null })).toEqual({ allowed: true })
    expect(calls).toEqual([])
  })

  it("asks the store once per touch: increments the touch keys and reads the unknown-code keys, keyed by hashes", async () => {
    const { store, calls } = memoryStore()
    const limiter = new ReferralTouchLimiter(limits({ unknown_codes_per_visitor: 4 }), store, clock().now)
    await limiter.admit({ ip_hash: "ip-a", visitor_token: "vt_aaaaaaaaaaaaaaaaaaaa" })
    const vt = visitorKey("vt_aaaaaaaaaaaaaaaaaaaa")
    expect(vt).toMatch(/^[0-9a-f]{64}$/)
    expect(calls).toEqual([
      { increment: ["touch:ip:ip-a", `touch:vt:${vt}`], read: ["unknown:ip:ip-a", `unknown:vt:${vt}`] },
    ])
  })

  it("shares counts between limiters on one store (several server processes) and survives a lagging clock", async () => {
    const { store, rows } = memoryStore()
    const t = clock(Date.UTC(2026, 11, 7, 10, 0, 59, 999))
    const lagging = clock(Date.UTC(2026, 11, 7, 10, 0, 59, 990))
    const one = new ReferralTouchLimiter(limits(), store, t.now)
    const two = new ReferralTouchLimiter(limits(), store, lagging.now)
    for (let i = 0; i < 5; i++) {
      expect((await (i % 2 ? one : two).admit(A)).allowed).toBe(true)
    }
    expect((await two.admit(A)).allowed).toBe(false)
    // Process one enters the next window; process two, 9 ms behind, must not drag the row back.
    t.advance(1)
    expect((await one.admit(A)).allowed).toBe(true)
    expect((await two.admit(A)).allowed).toBe(true)
    expect(rows.get("touch:ip:ip-a")).toEqual({ window_start: Date.UTC(2026, 11, 7, 10, 1, 0), hits: 2 })
  })

  it("has generous defaults for shoppers and a tight one for guessing", () => {
    expect(REFERRAL_RATE_LIMIT_DEFAULTS).toEqual({
      window_seconds: 60,
      per_ip: 300,
      per_visitor: 60,
      unknown_code_window_seconds: 900,
      unknown_codes_per_ip: 30,
      unknown_codes_per_visitor: 10,
    })
  })
})
