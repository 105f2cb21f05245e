/**
 * The name of the Medusa customer group that carries a customer tier's prices
 * and promotions. "customer tier" keeps it apart from a dealer tier's group
 * with the same code (Medusa group names are unique).
 */
export function customerTierGroupName(tier: { code: string; name_zh: string; name_en: string }): string {
  return `${tier.name_zh} / ${tier.name_en} (customer tier ${tier.code})`
}
