import { model } from "@medusajs/framework/utils"
import { Dealer } from "./dealer"

/**
 * A level of the dealer network (一级/二级/三级经销商). Each tier owns a Medusa
 * customer group, so the merchant prices tiers with Medusa's own price lists.
 */
export const DealerTier = model
  .define({ tableName: "distribution_dealer_tier", name: "DealerTier" }, {
    id: model.id({ prefix: "dtier" }).primaryKey(),
    code: model.text().searchable(),
    name_en: model.text().searchable(),
    name_zh: model.text().searchable(),
    /** 1 = directly under the producer; larger ranks sit further down. */
    rank: model.number(),
    description: model.text().nullable(),
    customer_group_id: model.text().nullable(),
    metadata: model.json().nullable(),
    dealers: model.hasMany(() => Dealer, { mappedBy: "tier" }),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_group_id"], unique: true, where: "deleted_at IS NULL AND customer_group_id IS NOT NULL" },
    { on: ["rank"] },
  ])
