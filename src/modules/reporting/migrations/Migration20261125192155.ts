import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125192155 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "sales_fact" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "order_display_id" integer null, "placed_at" timestamptz not null, "customer_id" text null, "dealer_id" text null, "dealer_tier_id" text null, "upline_dealer_ids" text[] not null default '{}', "product_id" text null, "variant_id" text null, "sku" text null, "product_title" text null, "collection_id" text null, "category_ids" text[] not null default '{}', "region_id" text null, "country_code" text null, "sales_channel_id" text null, "currency_code" text not null, "quantity" integer not null, "returned_quantity" integer not null default 0, "net_amount" numeric not null, "refunded_amount" numeric not null default 0, "commission_amount" numeric not null default 0, "canceled" boolean not null default false, "raw_net_amount" jsonb not null, "raw_refunded_amount" jsonb not null default '{"value":"0","precision":20}', "raw_commission_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_deleted_at" ON "sales_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    // Written by hand (the model declares none): plain b-trees, because facts are
    // never soft-deleted and a report must not have to repeat `deleted_at IS NULL`
    // to use them. The upsert conflicts on line_item_id.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_fact_line_item_id_unique" ON "sales_fact" ("line_item_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_order_id" ON "sales_fact" ("order_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_placed_at" ON "sales_fact" ("placed_at");`);
    // Reports over a period read only this index (index-only scan, measured by bench/report-latency.mjs):
    // (placed_at, order_id) keeps an order's lines together for counting orders, INCLUDE carries
    // what the time, region, dealer and tier reports and every report's totals add up.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_placed_at_covering" ON "sales_fact" ("placed_at", "order_id") INCLUDE ("currency_code", "canceled", "quantity", "returned_quantity", "net_amount", "refunded_amount", "commission_amount", "dealer_id", "dealer_tier_id", "region_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_dealer_id_placed_at" ON "sales_fact" ("dealer_id", "placed_at") WHERE dealer_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_customer_id_placed_at" ON "sales_fact" ("customer_id", "placed_at") WHERE customer_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_product_id_placed_at" ON "sales_fact" ("product_id", "placed_at") WHERE product_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_fact" cascade;`);
  }

}
