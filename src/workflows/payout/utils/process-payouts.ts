import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRateLimiter, RateLimiter } from "../../../lib/payout/token-bucket"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import { sendPayoutWorkflow } from "../workflows/send-payout"

/** The lock one processor per provider holds, so the provider's rate limit holds across workers. */
export const payoutProcessorLockKey = (providerId: string) => `medusa-plugin-distribution:payout-processor:${providerId}`

/** In-flight transfers not heard of for this long are asked about (in case a callback was lost). */
export const IN_FLIGHT_POLL_MS = 5 * 60_000

/** Sends in flight at once per provider (the rate limiter still decides when each starts). */
export const SENDS_IN_FLIGHT = 8

// One limiter per provider per process: the lock makes this process the only sender meanwhile.
const limiters = new Map<string, RateLimiter>()

export type ProcessPayoutsOptions = {
  batch_id?: string
  /** Also ask about in-flight transfers not heard of for IN_FLIGHT_POLL_MS (the scheduled run). */
  poll_in_flight?: boolean
}

/**
 * Sends queued payouts, resolves unknown outcomes by query, and finishes
 * ledger syncs a crash interrupted — for every configured provider, at no
 * more than the provider's rate. Everything it works from is in the
 * database, so a restart loses nothing: the next run (on approval, and
 * every minute from the job) carries on where the last stopped, and a
 * payout caught mid-send is asked about before it is ever sent again.
 */
export async function processPayouts(container: MedusaContainer, options: ProcessPayoutsOptions = {}) {
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const locking = container.resolve(Modules.LOCKING)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const handled = { sent: 0, skipped_busy: [] as string[] }

  for (const providerId of payouts.providerIds()) {
    const provider = payouts.provider(providerId)
    let limiter = limiters.get(providerId)
    if (!limiter) {
      // 10 % headroom: the limiter spaces the starts, but sends in flight reach the provider a few
      // milliseconds apart (measured: 108 arrivals in one second at a start rate of 100/s).
      limiter = createRateLimiter({ perSecond: Math.max(1, Math.floor(provider.rateLimitPerSecond * 0.9)) })
      limiters.set(providerId, limiter)
    }
    const seen: string[] = []
    // A chunk is at most a minute of sending, so the lock (expiring after two) is held only while working.
    const chunk = Math.max(1, Math.min(500, provider.rateLimitPerSecond * 60))
    for (;;) {
      let more = false
      try {
        more = await locking.execute(
          payoutProcessorLockKey(providerId),
          async () => {
            await payouts.startApprovedBatches(providerId)
            const rows = await payouts.listPayoutsToProcess({
              provider_id: providerId,
              batch_id: options.batch_id,
              in_flight_before:
                options.poll_in_flight && !provider.settlesManually ? new Date(Date.now() - IN_FLIGHT_POLL_MS) : undefined,
              exclude_ids: seen,
              limit: chunk,
            })
            seen.push(...rows.map((row) => row.id))
            // A few sends in flight, each started by the limiter: one send takes tens of
            // milliseconds of database work, so one at a time could never reach the rate.
            let next = 0
            const sender = async () => {
              while (next < rows.length) {
                const row = rows[next++]
                await limiter!.take()
                const { errors } = await sendPayoutWorkflow(container).run({
                  input: { payout_id: row.id },
                  throwOnError: false,
                })
                if (errors?.length) {
                  // Left as it is (sending / needs_query): the next run asks before anything else.
                  logger.warn(`payout ${row.id}: ${errors[0].error?.message ?? errors[0].error}`)
                }
                handled.sent++
              }
            }
            await Promise.all(Array.from({ length: Math.min(SENDS_IN_FLIGHT, rows.length) }, sender))
            return rows.length === chunk
          },
          { timeout: 1, expire: 120 }
        )
      } catch (error) {
        // Another worker is processing this provider; it will pick these payouts up.
        handled.skipped_busy.push(providerId)
        logger.debug?.(`payout processor for ${providerId} busy: ${(error as Error).message}`)
      }
      if (!more) {
        break
      }
    }
  }
  return handled
}
