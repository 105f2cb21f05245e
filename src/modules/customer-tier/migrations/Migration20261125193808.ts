import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125193808 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_tier" drop constraint if exists "customer_tier_customer_group_id_unique";`);
    this.addSql(`alter table if exists "customer_tier" drop constraint if exists "customer_tier_rank_unique";`);
    this.addSql(`alter table if exists "customer_tier" drop constraint if exists "customer_tier_code_unique";`);
    this.addSql(`create table if not exists "customer_tier" ("id" text not null, "code" text not null, "name_en" text not null, "name_zh" text not null, "rank" integer not null, "description" text null, "customer_group_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_deleted_at" ON "customer_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_tier_code_unique" ON "customer_tier" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_tier_rank_unique" ON "customer_tier" ("rank") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_tier_customer_group_id_unique" ON "customer_tier" ("customer_group_id") WHERE deleted_at IS NULL AND customer_group_id IS NOT NULL;`);

    this.addSql(`create table if not exists "customer_tier_change" ("id" text not null, "customer_id" text not null, "from_tier_id" text null, "to_tier_id" text null, "reason" text not null, "rule" jsonb null, "source" text check ("source" in ('order', 'job', 'admin')) not null, "order_id" text null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_tier_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_change_deleted_at" ON "customer_tier_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_change_customer_id_created_at" ON "customer_tier_change" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_change_created_at" ON "customer_tier_change" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_change_to_tier_id" ON "customer_tier_change" ("to_tier_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_tier_rule" ("id" text not null, "position" integer not null default 0, "window_months" integer not null, "min_spend" numeric null, "currency_code" text null, "min_orders" integer null, "tier_id" text not null, "raw_min_spend" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_tier_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_rule_tier_id" ON "customer_tier_rule" ("tier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_rule_deleted_at" ON "customer_tier_rule" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_tier_rule" add constraint "customer_tier_rule_tier_id_foreign" foreign key ("tier_id") references "customer_tier" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_tier_rule" drop constraint if exists "customer_tier_rule_tier_id_foreign";`);

    this.addSql(`drop table if exists "customer_tier" cascade;`);

    this.addSql(`drop table if exists "customer_tier_change" cascade;`);

    this.addSql(`drop table if exists "customer_tier_rule" cascade;`);
  }

}
