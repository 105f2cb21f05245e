import { z } from "@medusajs/framework/zod"

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
  })
  .passthrough()
  .superRefine((options, ctx) => {
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
