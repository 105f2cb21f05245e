import { model } from "@medusajs/framework/utils"
import { CustomerTierRule } from "./customer-tier-rule"

/**
 * A customer tier (客户分级, e.g. VIP). Each tier owns a Medusa customer group,
 * so the merchant gives a tier its prices and promotions with Medusa's own
 * price lists and promotions. A larger `rank` is a higher tier: a customer
 * lands in the highest-ranked tier one of whose rules it meets.
 */
export const CustomerTier = model
  .define({ tableName: "customer_tier", name: "CustomerTier" }, {
    id: model.id({ prefix: "ctier" }).primaryKey(),
    code: model.text().searchable(),
    name_en: model.text().searchable(),
    name_zh: model.text().searchable(),
    rank: model.number(),
    description: model.text().nullable(),
    customer_group_id: model.text().nullable(),
    metadata: model.json().nullable(),
    rules: model.hasMany(() => CustomerTierRule, { mappedBy: "tier" }),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["rank"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_group_id"], unique: true, where: "deleted_at IS NULL AND customer_group_id IS NOT NULL" },
  ])
