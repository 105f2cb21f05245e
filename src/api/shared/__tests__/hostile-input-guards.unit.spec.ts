import { AdminGetDealerApplicationsParams } from "../../admin/distribution/applications/validators"
import { AdminGetDealerHistoryParams, AdminGetDealersParams } from "../../admin/distribution/dealers/validators"
import { AdminGetDealerTiersParams } from "../../admin/distribution/tiers/validators"
import { rejectNulBytes } from "../reject-nul-bytes"

/** The guards the hostile-input spec (integration-tests/http/hostile-input.spec.ts) needed. */
describe("list pages (findParams)", () => {
  const schemas = { AdminGetDealersParams, AdminGetDealerHistoryParams, AdminGetDealerTiersParams, AdminGetDealerApplicationsParams }

  it.each(Object.entries(schemas))("%s takes whole, in-range limit and offset", (_name, schema) => {
    expect(schema.parse({ limit: "10", offset: "20" })).toMatchObject({ limit: 10, offset: 20 })
    expect(schema.parse({})).toMatchObject({ offset: 0 })
    for (const bad of [{ offset: "-1" }, { offset: "1.5" }, { limit: "0" }, { limit: "1e309" }, { limit: "NaN" }, { limit: "1001" }, { offset: "abc" }]) {
      expect(schema.safeParse(bad).success).toBe(false)
    }
  })
})

describe("rejectNulBytes", () => {
  const run = (req: Record<string, unknown>) => {
    const next = jest.fn()
    rejectNulBytes({ originalUrl: "/store/distribution/me", query: {}, body: undefined, ...req } as any, {} as any, next)
    return next.mock.calls[0][0]
  }

  it("refuses a NUL in the path, the query or anywhere in the body with a 400 (invalid_data)", () => {
    for (const req of [
      { originalUrl: "/admin/distribution/dealers/a%00b" },
      { originalUrl: "/admin/distribution/dealers?q=%00" },
      { query: { q: ["x", "a\u0000"] } },
      { body: { name: "a\u0000b" } },
      { body: { lines: [{ note: { deep: "\u0000" } }] } },
      { body: { ["k\u0000"]: 1 } },
    ]) {
      expect(run(req)).toMatchObject({ type: "invalid_data", message: expect.stringContaining("NUL") })
    }
  })

  it("lets everything else through", () => {
    expect(run({ body: { name: "绿茶 💸 ‮", n: 0, list: [null, true] }, query: { q: "%" } })).toBeUndefined()
  })
})
