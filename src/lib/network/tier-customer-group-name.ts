/** The name of the Medusa customer group that carries a tier's prices. */
export function tierCustomerGroupName(tier: { code: string; name_zh: string; name_en: string }): string {
  return `${tier.name_zh} / ${tier.name_en} (${tier.code})`
}
