import { resolvePluginOptions } from "../plugin-options"

describe("plugin options", () => {
  it("defaults to three levels", () => {
    expect(resolvePluginOptions(undefined)).toEqual(expect.objectContaining({ max_depth: 3, allow_deep_network: false }))
  })

  it("accepts fewer levels (WeChat Pay merchants may be limited to two)", () => {
    expect(resolvePluginOptions({ max_depth: 2 }).max_depth).toBe(2)
  })

  it("refuses more than three levels without an explicit opt-in", () => {
    expect(() => resolvePluginOptions({ max_depth: 4 })).toThrow(/allow_deep_network/)
    expect(resolvePluginOptions({ max_depth: 4, allow_deep_network: true }).max_depth).toBe(4)
  })

  it("names the bad option", () => {
    expect(() => resolvePluginOptions({ max_depth: "three" })).toThrow(/max_depth/)
    expect(() => resolvePluginOptions({ max_depth: 0 })).toThrow(/max_depth/)
  })
})
