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
