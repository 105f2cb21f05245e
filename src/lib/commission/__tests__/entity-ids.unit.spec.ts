import { generateEntityId } from "@medusajs/framework/utils"
import { decodeTime } from "ulid"
import { newEntityId } from "../entity-ids"

describe("newEntityId", () => {
  it("makes ids shaped like generateEntityId's, with the same time prefix", () => {
    const now = Date.now()
    const id = newEntityId("cment", now)
    const medusa = generateEntityId(undefined, "cment")
    expect(id).toMatch(/^cment_[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(id.length).toBe(medusa.length)
    expect(decodeTime(id.slice("cment_".length))).toBe(now)
  })

  it("does not repeat across many ids (the pool is refilled)", () => {
    const ids = new Set(Array.from({ length: 20000 }, () => newEntityId("x", 0)))
    expect(ids.size).toBe(20000)
  })
})
