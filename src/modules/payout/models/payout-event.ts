import { model } from "@medusajs/framework/utils"

/**
 * What happened to a payout, in order: reserved, approved, sent, each
 * provider answer, callback and query, marked paid/failed, released. A
 * callback's key (`callback:{provider}:{notification id}`) is unique, so the
 * same callback delivered twice is recorded once.
 */
export const PayoutEvent = model
  .define({ tableName: "payout_event", name: "PayoutEvent" }, {
    id: model.id({ prefix: "poevt" }).primaryKey(),
    payout_id: model.text(),
    kind: model.text(),
    detail: model.json().nullable(),
    actor_id: model.text().nullable(),
    event_key: model.text().nullable(),
  })
  .indexes([
    { on: ["payout_id", "created_at"] },
    { on: ["event_key"], unique: true, where: "event_key IS NOT NULL" },
  ])
