import { performance } from "node:perf_hooks"

/**
 * Keeps create-transfer calls under the provider's rate limit (WeChat
 * answers FREQUENCY_LIMITED past its per-second quota, which only costs a
 * retry). A sliding window rather than a refilling bucket: it remembers when
 * each of the last `perSecond` calls started, so no 1-second window, however
 * placed, ever holds more than `perSecond` starts.
 */

export type RateLimiterOptions = {
  /** Most calls allowed to start in any 1-second window (a positive integer). */
  perSecond: number
  /** Milliseconds on a clock that never goes backwards; default performance.now(). */
  now?: () => number
  /** Resolves after `ms` milliseconds; default setTimeout. */
  sleep?: (ms: number) => Promise<void>
}

export type RateLimiter = {
  /** Resolves when the caller may start its call; callers are let through in the order they asked. */
  take(): Promise<void>
}

const WINDOW_MS = 1000

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { perSecond } = options
  if (!Number.isInteger(perSecond) || perSecond < 1) {
    throw new RangeError(`perSecond must be a positive integer, got ${perSecond}`)
  }
  // performance.now(), not Date.now(): a wall clock set back would stall the limiter.
  const now = options.now ?? (() => performance.now())
  const sleep = options.sleep ?? defaultSleep
  /** Start times of the most recent calls, oldest first; never more than perSecond. */
  const starts: number[] = []
  /** Callers wait their turn one after another, so concurrent takes can't both see a free slot. */
  let tail: Promise<void> = Promise.resolve()

  async function acquire(): Promise<void> {
    for (;;) {
      const t = now()
      while (starts.length > 0 && starts[0] <= t - WINDOW_MS) starts.shift()
      if (starts.length < perSecond) {
        starts.push(t)
        return
      }
      // The window frees a slot when its oldest start is a full second old.
      await sleep(starts[0] + WINDOW_MS - t)
    }
  }

  return {
    take() {
      const turn = tail.then(acquire)
      // One caller's failing sleep must not block everyone after it.
      tail = turn.catch(() => undefined)
      return turn
    },
  }
}
