export { WechatPayPayoutProvider, type WechatPayLogger } from "./provider"
export { WechatPayOptionsSchema, parseWechatPayOptions, DEFAULT_SCENE_REPORT_INFOS, type WechatPayOptions } from "./options"
export { MINIMUM_CNY } from "./amount"
