import { referralUrl } from "../referral-url"

const options = { storefront_url: "https://shop.example.cn", referral_param: "ref" }

describe("referralUrl", () => {
  it.each([
    [{ code: "HZ001", target_type: "home" }, "https://shop.example.cn/?ref=HZ001"],
    [{ code: "SPRING26", target_type: "product", target_handle: "green-tea" }, "https://shop.example.cn/products/green-tea?ref=SPRING26"],
    [{ code: "C1", target_type: "collection", target_handle: "新茶" }, "https://shop.example.cn/collections/%E6%96%B0%E8%8C%B6?ref=C1"],
    [{ code: "X1", target_type: "product", target_handle: null }, "https://shop.example.cn/?ref=X1"],
  ] as const)("builds %j", (link, expected) => {
    expect(referralUrl(options, link as any)).toBe(expected)
  })

  it("keeps a storefront base path and its own query, with the configured parameter name", () => {
    expect(
      referralUrl({ storefront_url: "https://example.com/cn/?utm_source=qr", referral_param: "dealer" }, { code: "HZ001", target_type: "home" })
    ).toBe("https://example.com/cn/?utm_source=qr&dealer=HZ001")
  })
})
