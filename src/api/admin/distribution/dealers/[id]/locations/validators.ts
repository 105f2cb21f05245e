import { z } from "@medusajs/framework/zod"

const optionalText = z.string().trim().max(255).nullish().transform((v) => (v ? v : undefined))

/** A new stock location for a dealer: name and address (country as an ISO 3166-1 alpha-2 code). */
export const CreateDealerLocationBody = z.strictObject({
  name: z.string().trim().min(1).max(255),
  address: z.strictObject({
    address_1: z.string().trim().min(1).max(255),
    address_2: optionalText,
    city: z.string().trim().min(1).max(255),
    province: optionalText,
    postal_code: optionalText,
    country_code: z
      .string()
      .regex(/^[a-zA-Z]{2}$/, "must be a two-letter country code such as CN")
      .transform((c) => c.toLowerCase()),
    phone: optionalText,
  }),
})
export type CreateDealerLocationBodyType = z.infer<typeof CreateDealerLocationBody>

/** An existing stock location to make the dealer's. */
export const LinkDealerLocationBody = z.strictObject({
  location_id: z.string().min(1),
})
export type LinkDealerLocationBodyType = z.infer<typeof LinkDealerLocationBody>

export const DealerLocationsQuery = z.strictObject({})
