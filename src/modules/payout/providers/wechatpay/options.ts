/**
 * Options of the `wechatpay` payout provider, as a merchant passes them under
 * `payout_providers: [{ id: "wechatpay", options: { … } }]`.
 */
import crypto from "node:crypto"
import { z } from "@medusajs/framework/zod"

/** Scene 1005 佣金报酬 needs exactly these two report lines (岗位类型, 报酬说明); content is free text ≤ 32 chars. */
export const DEFAULT_SCENE_REPORT_INFOS = [
  { info_type: "岗位类型", info_content: "分销商" },
  { info_type: "报酬说明", info_content: "分销佣金" },
]

/** PEM from an environment variable often arrives with literal `\n`s: turn them back into newlines. */
const pem = (kind: "private" | "public") =>
  z
    .string()
    .transform((value) => (value.includes("\n") ? value : value.replace(/\\n/g, "\n")).trim())
    .refine(
      (value) => {
        try {
          if (kind === "private") {
            crypto.createPrivateKey(value)
          } else {
            crypto.createPublicKey(value)
          }
          return true
        } catch {
          return false
        }
      },
      { message: `must be a PEM ${kind} key (-----BEGIN ${kind === "private" ? "PRIVATE" : "PUBLIC"} KEY-----…)` }
    )

const maxChars = (max: number) => (value: string) => Array.from(value).length <= max

export const WechatPayOptionsSchema = z.object({
  /** 商户号. */
  mchid: z.string().regex(/^\d{6,32}$/, "must be the merchant number (digits)"),
  /** The AppID the dealers' openids belong to (公众号 / 小程序), bound to the merchant. */
  appid: z.string().min(1, "is required"),
  /** The merchant API private key (apiclient_key.pem). */
  private_key: pem("private"),
  /** Serial number of the merchant API certificate. */
  certificate_serial: z.string().regex(/^[0-9A-Fa-f]{8,64}$/, "must be the merchant certificate's serial number (hex)"),
  /** The APIv3 key: 32 bytes, used to decrypt callbacks. */
  apiv3_key: z
    .string()
    .refine((value) => Buffer.byteLength(value, "utf8") === 32, { message: "must be exactly 32 bytes (the APIv3 key)" }),
  /** WeChat Pay's public key (微信支付公钥), PEM. */
  public_key: pem("public"),
  /** Its id, as WeChat Pay shows it: "PUB_KEY_ID_…". */
  public_key_id: z.string().regex(/^PUB_KEY_ID_[0-9A-Za-z]+$/, 'must look like "PUB_KEY_ID_…"'),
  /** Where WeChat posts transfer results: the plugin's /hooks/distribution/wechatpay on a public HTTPS host. */
  notify_url: z.string().url("must be a URL"),
  base_url: z
    .string()
    .url("must be a URL")
    .transform((value) => value.replace(/\/+$/, ""))
    .default("https://api.mch.weixin.qq.com"),
  /** 转账场景ID; 1005 = 佣金报酬. */
  transfer_scene_id: z.string().regex(/^\d+$/, "must be a scene id such as \"1005\"").default("1005"),
  transfer_scene_report_infos: z
    .array(
      z.object({
        info_type: z.string().min(1).refine(maxChars(15), { message: "at most 15 characters" }),
        info_content: z.string().min(1).refine(maxChars(32), { message: "at most 32 characters" }),
      })
    )
    .min(1, "needs at least one report line")
    .default(DEFAULT_SCENE_REPORT_INFOS),
  /** 用户收款感知, e.g. "劳务报酬" for scene 1005; omitted: WeChat shows the scene's default. */
  user_recv_perception: z.string().min(1).optional(),
  /** Shown to the dealer with the money (≤ 32 characters). */
  transfer_remark: z.string().min(1).refine(maxChars(32), { message: "at most 32 characters" }).default("佣金"),
  rate_limit_per_second: z.number().int().min(1).max(100).default(100),
  timeout_ms: z.number().int().min(50).max(120_000).default(10_000),
})

export type WechatPayOptions = z.infer<typeof WechatPayOptionsSchema>

/** Validates the options; throws an Error naming each bad option. */
export function parseWechatPayOptions(options: unknown): WechatPayOptions {
  const parsed = WechatPayOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
      .join("; ")
    throw new Error(`wechatpay payout provider: invalid options — ${details}`)
  }
  return parsed.data
}
