import { z } from "@medusajs/framework/zod"
import { COMMISSION_BASES, MATURE_ON } from "../../types/commission"

const budget = z.number().int().min(0).max(1_000_000_000).nullable()
const windowSeconds = z.number().int().min(1).max(86_400)

/** Defaults generous for shoppers (also behind one carrier-grade NAT address), tight for guessing. */
export const REFERRAL_RATE_LIMIT_DEFAULTS = {
  window_seconds: 60,
  per_ip: 300,
  per_visitor: 60,
  unknown_code_window_seconds: 900,
  unknown_codes_per_ip: 30,
  unknown_codes_per_visitor: 10,
}

export const ReferralRateLimitSchema = z.strictObject({
  /** Window of the touch budgets (fixed windows, counted from the epoch). */
  window_seconds: windowSeconds.default(REFERRAL_RATE_LIMIT_DEFAULTS.window_seconds),
  /** Visits and attaches per client IP (req.ip) and window. */
  per_ip: budget.default(REFERRAL_RATE_LIMIT_DEFAULTS.per_ip),
  /** Visits and attaches per visitor_token and window. */
  per_visitor: budget.default(REFERRAL_RATE_LIMIT_DEFAULTS.per_visitor),
  /** Window of the unknown-code budgets. */
  unknown_code_window_seconds: windowSeconds.default(REFERRAL_RATE_LIMIT_DEFAULTS.unknown_code_window_seconds),
  /** Codes that do not exist per client IP and window; once spent, every touch from the IP waits. */
  unknown_codes_per_ip: budget.default(REFERRAL_RATE_LIMIT_DEFAULTS.unknown_codes_per_ip),
  /** Codes that do not exist per visitor_token and window. */
  unknown_codes_per_visitor: budget.default(REFERRAL_RATE_LIMIT_DEFAULTS.unknown_codes_per_visitor),
})
export type ReferralRateLimitOptions = z.infer<typeof ReferralRateLimitSchema>

/**
 * The plugin's options, as a merchant passes them in `medusa-config.ts`
 * (`plugins: [{ resolve: "medusa-plugin-distribution", options }]`).
 * Later capabilities add their options here.
 */
export const PluginOptionsSchema = z
  .object({
    /**
     * Levels of dealers under the producer. Chinese law treats distribution
     * beyond three levels as a pyramid-selling risk, so more needs an opt-in.
     */
    max_depth: z.number().int().min(1).max(10).default(3),
    allow_deep_network: z.boolean().default(false),

    /** Where referral links point; the code is added as `?<referral_param>=<code>`. */
    storefront_url: z.string().url().default("http://localhost:8000"),
    referral_param: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/)
      .default("ref"),
    /** Which touch of a cart wins: its first valid one or its last. */
    attribution_model: z.enum(["first_click", "last_click"]).default("first_click"),
    /** How long a touch keeps attributing a cart. */
    attribution_window_days: z.number().int().min(1).max(365).default(30),
    /** When a customer is bound to a dealer (绑定关系): on the first attributed order, or the first signed-in visit. */
    bind_on: z.enum(["order", "visit"]).default("order"),
    /** How long a binding lasts; null = for ever. */
    binding_days: z.number().int().min(1).nullable().default(null),
    /** A dealer's own purchases earn nothing ("self"), or credit its upline ("upline", restock). */
    dealer_purchases_attribute_to: z.enum(["self", "upline"]).default("self"),
    /** Salt for hashing visitors' IP addresses; set a secret value in production. */
    visit_ip_salt: z.string().default(""),
    /**
     * Request budgets of POST /store/distribution/referrals/visit and /attach,
     * per client IP and per visitor token, shared by every process of the
     * store (counted in PostgreSQL). Unknown codes (guessing) have a much
     * smaller budget of their own. A limit of 0 or null switches that one off;
     * null for the whole object switches the limiter off.
     */
    referral_rate_limit: ReferralRateLimitSchema.nullable().default(REFERRAL_RATE_LIMIT_DEFAULTS),

    /** What commission is a share of: the line after discounts, before tax and shipping; or before discounts. */
    commission_base: z.enum(COMMISSION_BASES).default("net_of_discounts"),
    /**
     * Levels of the chain that earn on a sale (1 = the selling dealer). WeChat
     * Pay forbids more than two for the merchants it serves; Chinese law treats
     * more than three as pyramid selling, so more than 3 needs allow_deep_network.
     */
    max_levels: z.number().int().min(1).max(10).default(3),
    /** Cap on the sum of all levels' commission for one line, as a fraction of its base. */
    max_total_rate: z.number().gt(0).max(1).default(0.5),
    /** An inactive dealer's level goes to the next active upline (缩级) instead of the merchant. */
    compress_inactive: z.boolean().default(false),
    /** Days after fulfilment (or delivery) before pending commission becomes available. */
    hold_days: z.number().int().min(0).max(365).default(7),
    /** What starts the hold period: the order's fulfilment or its delivery. */
    mature_on: z.enum(MATURE_ON).default("fulfilled"),
    /** The merchant's time zone: statement months and volume-tier months start at its midnight. */
    timezone: z
      .string()
      .refine(isTimeZone, { message: "must be an IANA time zone such as Asia/Shanghai" })
      .default("Asia/Shanghai"),

    /** Smallest payout, in the batch's currency (never below what the provider can send). */
    min_payout_amount: z
      .union([z.string(), z.number()])
      .transform((value) => String(value))
      .refine((value) => /^\d+(\.\d+)?$/.test(value) && Number(value) > 0, {
        message: "must be a positive decimal amount such as \"10\"",
      })
      .default("10"),
    /** A monthly batch created by the scheduler for one currency and provider; null: batches are made by hand. */
    payout_schedule: z
      .object({
        day_of_month: z.number().int().min(1).max(28),
        currency_code: z.string().regex(/^[a-zA-Z]{3}$/).transform((code) => code.toLowerCase()),
        provider_id: z.string().min(1),
      })
      .nullable()
      .default(null),
    /**
     * Payout providers, as Medusa's payment providers are registered: the
     * built-in `manual` and `wechatpay` by id, any other by `resolve`.
     */
    payout_providers: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, "must be lower-case letters, digits, - or _"),
          resolve: z.string().optional(),
          options: z.record(z.string(), z.unknown()).default({}),
        })
      )
      .default([{ id: "manual", options: {} }]),

    /**
     * Reserve an attributed order's items in the attributed dealer's own
     * location when it has all of them available, so the dealer ships it.
     */
    fulfil_from_dealer_stock: z.boolean().default(false),
    /** When a restock order's goods count as arrived in the dealer's location: shipped (fulfilled) or delivered. */
    restock_receive_on: z.enum(["fulfilled", "delivered"]).default("fulfilled"),
    /** Where low-stock alerts are sent through Medusa's Notification module ("feed": the admin's notification bell). */
    low_stock_notification: z
      .object({
        channel: z.string().min(1).default("feed"),
        /** Recipient for channels that need one (an e-mail address for "email"). */
        to: z.string().default(""),
        template: z.string().min(1).default("distribution-low-stock"),
      })
      .nullable()
      .default({ channel: "feed", to: "", template: "distribution-low-stock" }),
    /** Inventory analysis: an item with stock and no sales for this many days is a slow mover. */
    slow_mover_days: z.number().int().min(1).max(3650).default(60),
    /** Dealer tier proposals of the monthly evaluation move the dealer's tier at once instead of waiting for an admin. */
    auto_apply_tier_proposals: z.boolean().default(false),
  })
  .passthrough()
  .superRefine((options, ctx) => {
    const ids = options.payout_providers.map((provider) => provider.id)
    const repeated = ids.find((id, i) => ids.indexOf(id) !== i)
    if (repeated) {
      ctx.addIssue({ code: "custom", path: ["payout_providers"], message: `provider "${repeated}" is registered twice` })
    }
    if (options.payout_schedule && !ids.includes(options.payout_schedule.provider_id)) {
      ctx.addIssue({
        code: "custom",
        path: ["payout_schedule", "provider_id"],
        message: `"${options.payout_schedule.provider_id}" is not one of payout_providers (${ids.join(", ")})`,
      })
    }
    if (options.max_levels > 3 && !options.allow_deep_network) {
      ctx.addIssue({
        code: "custom",
        path: ["max_levels"],
        message:
          "max_levels above 3 needs allow_deep_network: true (commission on more than three levels is a pyramid-selling risk under Chinese law).",
      })
    }
    if (options.max_depth > 3 && !options.allow_deep_network) {
      ctx.addIssue({
        code: "custom",
        path: ["max_depth"],
        message:
          "max_depth above 3 needs allow_deep_network: true (more than three levels of distribution is a pyramid-selling risk under Chinese law).",
      })
    }
  })

export type PluginOptions = z.infer<typeof PluginOptionsSchema>

export function resolvePluginOptions(raw: unknown): PluginOptions {
  const parsed = PluginOptionsSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
      .join("; ")
    throw new Error(`medusa-plugin-distribution: invalid plugin options — ${details}`)
  }
  return parsed.data
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value })
    return true
  } catch {
    return false
  }
}
