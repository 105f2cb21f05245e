import { model } from "@medusajs/framework/utils"

/**
 * The request counter of one rate-limit key (budget + hashed IP or visitor
 * token) in its current fixed window. One row per key, rewritten in place by
 * one atomic upsert per request, so every process of the store counts
 * together; rows whose window has ended are purged hourly.
 */
export const RateLimitWindow = model
  .define({ tableName: "distribution_rate_limit_window", name: "RateLimitWindow" }, {
    /** `<budget>:<ip|vt>:<sha-256>`: never a raw IP. */
    id: model.text().primaryKey(),
    window_start: model.dateTime(),
    expires_at: model.dateTime(),
    hits: model.number().default(0),
  })
  .indexes([{ on: ["expires_at"] }])
