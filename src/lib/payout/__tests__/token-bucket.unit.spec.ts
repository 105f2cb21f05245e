import { createRateLimiter } from "../token-bucket"

/** A fake clock: sleeping moves time forward, nothing really waits. */
function fakeClock(start = 0) {
  let t = start
  const sleeps: number[] = []
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      t += ms
    },
    advance: (ms: number) => {
      t += ms
    },
    sleeps,
  }
}

/** The most starts found in any window [s, s + 1000). */
function maxInAnyWindow(starts: number[]): number {
  let max = 0
  for (const s of starts) max = Math.max(max, starts.filter((x) => x >= s && x < s + 1000).length)
  return max
}

describe("createRateLimiter", () => {
  it("lets perSecond calls through at once, then waits for the window to move", async () => {
    const clock = fakeClock()
    const limiter = createRateLimiter({ perSecond: 3, now: clock.now, sleep: clock.sleep })
    const starts: number[] = []
    for (let i = 0; i < 7; i++) {
      await limiter.take()
      starts.push(clock.now())
    }
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000])
  })

  it("never lets more than perSecond start in any 1-second window, with concurrent callers", async () => {
    const clock = fakeClock()
    const limiter = createRateLimiter({ perSecond: 10, now: clock.now, sleep: clock.sleep })
    const starts: number[] = []
    const order: number[] = []
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        limiter.take().then(() => {
          starts.push(clock.now())
          order.push(i)
        })
      )
    )
    expect(starts).toHaveLength(25)
    expect(maxInAnyWindow(starts)).toBe(10)
    expect(order).toEqual(Array.from({ length: 25 }, (_, i) => i))
    expect(starts[24]).toBe(2000)
  })

  it("counts a sliding window, not calendar seconds", async () => {
    const clock = fakeClock()
    const limiter = createRateLimiter({ perSecond: 2, now: clock.now, sleep: clock.sleep })
    const starts: number[] = []
    const take = async () => {
      await limiter.take()
      starts.push(clock.now())
    }
    clock.advance(900)
    await take() // 900
    clock.advance(50)
    await take() // 950
    clock.advance(100)
    await take() // 1050: 900 and 950 are still within the second, wait until 1900
    await take() // 1950
    expect(starts).toEqual([900, 950, 1900, 1950])
    expect(maxInAnyWindow(starts)).toBe(2)
  })

  it("does not wait when calls are spread out", async () => {
    const clock = fakeClock()
    const limiter = createRateLimiter({ perSecond: 1, now: clock.now, sleep: clock.sleep })
    for (let i = 0; i < 5; i++) {
      await limiter.take()
      clock.advance(1000)
    }
    expect(clock.sleeps).toEqual([])
  })

  it("keeps serving after a caller's sleep fails", async () => {
    const clock = fakeClock()
    let fail = true
    const limiter = createRateLimiter({
      perSecond: 1,
      now: clock.now,
      sleep: async (ms) => {
        if (fail) {
          fail = false
          throw new Error("aborted")
        }
        await clock.sleep(ms)
      },
    })
    await limiter.take()
    await expect(limiter.take()).rejects.toThrow("aborted")
    await expect(limiter.take()).resolves.toBeUndefined()
    expect(clock.now()).toBe(1000)
  })

  it.each([[0], [-1], [1.5], [NaN], [Infinity]])("refuses perSecond %p", (perSecond) => {
    expect(() => createRateLimiter({ perSecond })).toThrow(RangeError)
  })

  it("works on the real clock by default", async () => {
    const limiter = createRateLimiter({ perSecond: 100 })
    await Promise.all(Array.from({ length: 5 }, () => limiter.take()))
  })
})
