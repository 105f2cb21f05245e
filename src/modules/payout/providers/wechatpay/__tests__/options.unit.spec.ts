import { generateApiV3Key, generateMerchantKeys, generateRsaPemPair } from "../../../../../../integration-tests/helpers/wechatpay-keys"
import { fenToYuan, yuanToFen } from "../amount"
import { parseWechatPayOptions } from "../options"
import { WechatPayPayoutProvider } from "../provider"

describe("wechatpay provider options", () => {
  const merchant = generateMerchantKeys()
  const wechat = generateRsaPemPair()
  const valid = {
    mchid: "1900000109",
    appid: "wx8888888888888888",
    private_key: merchant.privateKey,
    certificate_serial: merchant.serial,
    apiv3_key: generateApiV3Key(),
    public_key: wechat.publicKey,
    public_key_id: "PUB_KEY_ID_0114232134912410000000000000",
    notify_url: "https://shop.example.com/hooks/distribution/wechatpay",
  }

  it("fills in the defaults", () => {
    expect(parseWechatPayOptions(valid)).toMatchObject({
      base_url: "https://api.mch.weixin.qq.com",
      transfer_scene_id: "1005",
      transfer_scene_report_infos: [
        { info_type: "岗位类型", info_content: "分销商" },
        { info_type: "报酬说明", info_content: "分销佣金" },
      ],
      transfer_remark: "佣金",
      rate_limit_per_second: 100,
      timeout_ms: 10_000,
    })
    expect(parseWechatPayOptions(valid).user_recv_perception).toBeUndefined()
  })

  it("takes PEM keys with escaped newlines, as environment variables carry them", () => {
    const escaped = { ...valid, private_key: merchant.privateKey.replace(/\n/g, "\\n"), public_key: wechat.publicKey.replace(/\n/g, "\\n") }
    expect(() => new WechatPayPayoutProvider(escaped)).not.toThrow()
  })

  it.each([
    ["mchid", { mchid: undefined }],
    ["appid", { appid: "" }],
    ["private_key", { private_key: "not a key" }],
    ["public_key", { public_key: merchant.privateKey.replace(/PRIVATE/g, "PUBLIC").slice(0, 80) }],
    ["apiv3_key", { apiv3_key: "too-short" }],
    ["public_key_id", { public_key_id: "ABC123" }],
    ["certificate_serial", { certificate_serial: "not-hex!" }],
    ["notify_url", { notify_url: "not a url" }],
    ["base_url", { base_url: "nope" }],
    ["transfer_remark", { transfer_remark: "一".repeat(33) }],
    ["transfer_scene_report_infos", { transfer_scene_report_infos: [] }],
    ["timeout_ms", { timeout_ms: 0 }],
    ["rate_limit_per_second", { rate_limit_per_second: 1000 }],
  ])("names the bad option: %s", (name, change) => {
    expect(() => new WechatPayPayoutProvider({ ...valid, ...change })).toThrow(new RegExp(`wechatpay.*${name}`))
  })

  it("throws for missing options altogether, naming them", () => {
    expect(() => new WechatPayPayoutProvider(undefined)).toThrow(/mchid.*appid.*private_key/)
  })

  it("describes itself: CNY only from 0.1, not manual, confirm params for the storefront", () => {
    const provider = new WechatPayPayoutProvider({ ...valid, rate_limit_per_second: 20 })
    expect(provider.id).toBe("wechatpay")
    expect(provider.minimumAmount("cny")).toBe("0.1")
    expect(provider.minimumAmount("CNY")).toBe("0.1")
    expect(provider.minimumAmount("usd")).toBeNull()
    expect(provider.settlesManually).toBe(false)
    expect(provider.rateLimitPerSecond).toBe(20)
    expect(provider.storefrontConfirmParams()).toEqual({ mch_id: "1900000109", app_id: "wx8888888888888888" })
  })
})

describe("yuan ⇄ fen", () => {
  it.each([
    ["0.10", 10],
    ["0.1", 10],
    ["1999.99", 199999],
    ["2000.00", 200000],
    ["0.07", 7],
    ["1234567.89", 123456789],
  ])("%s yuan is %d fen", (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen)
  })

  it.each(["1.001", "0", "0.00", "-1", "1e3", "0x10", "Infinity", "", " ", "1,00"])("refuses %p", (yuan) => {
    expect(() => yuanToFen(yuan)).toThrow()
  })

  it("formats fen back", () => {
    expect(fenToYuan(200000)).toBe("2000.00")
    expect(fenToYuan(7)).toBe("0.07")
  })
})
