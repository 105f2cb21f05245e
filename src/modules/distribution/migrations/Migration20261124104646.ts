import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124104646 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "distribution_dealer" drop constraint if exists "distribution_dealer_customer_id_unique";`);
    this.addSql(`alter table if exists "distribution_dealer" drop constraint if exists "distribution_dealer_code_unique";`);
    this.addSql(`alter table if exists "distribution_dealer_tier" drop constraint if exists "distribution_dealer_tier_customer_group_id_unique";`);
    this.addSql(`alter table if exists "distribution_dealer_tier" drop constraint if exists "distribution_dealer_tier_code_unique";`);
    this.addSql(`alter table if exists "distribution_dealer_application" drop constraint if exists "distribution_dealer_application_customer_id_unique";`);
    this.addSql(`create table if not exists "distribution_dealer_application" ("id" text not null, "customer_id" text not null, "company_name" text null, "contact_name" text not null, "phone" text not null, "email" text null, "region" text null, "address" text null, "requested_tier_id" text null, "desired_parent_code" text null, "desired_parent_id" text null, "message" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "rejection_reason" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "dealer_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distribution_dealer_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_application_deleted_at" ON "distribution_dealer_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distribution_dealer_application_customer_id_unique" ON "distribution_dealer_application" ("customer_id") WHERE status = 'pending' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_application_status_created_at" ON "distribution_dealer_application" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distribution_dealer_tier" ("id" text not null, "code" text not null, "name_en" text not null, "name_zh" text not null, "rank" integer not null, "description" text null, "customer_group_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distribution_dealer_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_tier_deleted_at" ON "distribution_dealer_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distribution_dealer_tier_code_unique" ON "distribution_dealer_tier" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distribution_dealer_tier_customer_group_id_unique" ON "distribution_dealer_tier" ("customer_group_id") WHERE deleted_at IS NULL AND customer_group_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_tier_rank" ON "distribution_dealer_tier" ("rank") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distribution_dealer" ("id" text not null, "code" text not null, "display_name" text not null, "company_name" text null, "contact_name" text null, "phone" text null, "email" text null, "region" text null, "address" text null, "contract_number" text null, "contract_start_at" timestamptz null, "contract_end_at" timestamptz null, "status" text check ("status" in ('pending', 'active', 'suspended', 'terminated')) not null default 'active', "customer_id" text not null, "path" text not null, "depth" integer not null, "metadata" jsonb null, "tier_id" text not null, "parent_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distribution_dealer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_tier_id" ON "distribution_dealer" ("tier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_parent_id" ON "distribution_dealer" ("parent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_deleted_at" ON "distribution_dealer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distribution_dealer_code_unique" ON "distribution_dealer" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distribution_dealer_customer_id_unique" ON "distribution_dealer" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_status" ON "distribution_dealer" ("status") WHERE deleted_at IS NULL;`);
    // The downline is a prefix range over the materialized path; text_pattern_ops
    // lets LIKE 'prefix%' use the index under any collation.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_path" ON "distribution_dealer" ("path" text_pattern_ops) WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distribution_dealer_history" ("id" text not null, "action" text check ("action" in ('joined', 'moved', 'tier_changed', 'status_changed')) not null, "from_value" text null, "to_value" text null, "reason" text null, "actor_id" text null, "metadata" jsonb null, "dealer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distribution_dealer_history_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_history_dealer_id" ON "distribution_dealer_history" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_history_deleted_at" ON "distribution_dealer_history" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_dealer_history_dealer_id_created_at" ON "distribution_dealer_history" ("dealer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "distribution_dealer" add constraint "distribution_dealer_tier_id_foreign" foreign key ("tier_id") references "distribution_dealer_tier" ("id") on update cascade;`);
    this.addSql(`alter table if exists "distribution_dealer" add constraint "distribution_dealer_parent_id_foreign" foreign key ("parent_id") references "distribution_dealer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "distribution_dealer_history" add constraint "distribution_dealer_history_dealer_id_foreign" foreign key ("dealer_id") references "distribution_dealer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "distribution_dealer" drop constraint if exists "distribution_dealer_tier_id_foreign";`);

    this.addSql(`alter table if exists "distribution_dealer" drop constraint if exists "distribution_dealer_parent_id_foreign";`);

    this.addSql(`alter table if exists "distribution_dealer_history" drop constraint if exists "distribution_dealer_history_dealer_id_foreign";`);

    this.addSql(`drop table if exists "distribution_dealer_application" cascade;`);

    this.addSql(`drop table if exists "distribution_dealer_tier" cascade;`);

    this.addSql(`drop table if exists "distribution_dealer" cascade;`);

    this.addSql(`drop table if exists "distribution_dealer_history" cascade;`);
  }

}
