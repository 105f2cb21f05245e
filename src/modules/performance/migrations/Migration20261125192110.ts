import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125192110 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_tier_proposal" drop constraint if exists "dealer_tier_proposal_dealer_id_period_key_unique";`);
    this.addSql(`create table if not exists "dealer_tier_proposal" ("id" text not null, "dealer_id" text not null, "from_tier_id" text not null, "to_tier_id" text not null, "rule_id" text null, "direction" text check ("direction" in ('upgrade', 'downgrade')) not null, "rule_snapshot" jsonb not null, "measured" jsonb not null, "period_key" text not null, "status" text check ("status" in ('proposed', 'accepted', 'rejected', 'applied')) not null default 'proposed', "decided_by" text null, "decided_at" timestamptz null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_tier_proposal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_proposal_deleted_at" ON "dealer_tier_proposal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_tier_proposal_dealer_id_period_key_unique" ON "dealer_tier_proposal" ("dealer_id", "period_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_proposal_status_created_at" ON "dealer_tier_proposal" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_tier_rule" ("id" text not null, "from_tier_id" text not null, "to_tier_id" text not null, "direction" text check ("direction" in ('upgrade', 'downgrade')) not null, "window_months" integer not null default 3, "min_sales" numeric not null, "currency_code" text not null, "min_active_customers" integer not null default 0, "min_downline_sales" numeric null, "active" boolean not null default true, "description" text null, "raw_min_sales" jsonb not null, "raw_min_downline_sales" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_tier_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_rule_deleted_at" ON "dealer_tier_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_rule_from_tier_id" ON "dealer_tier_rule" ("from_tier_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_tier_proposal" cascade;`);

    this.addSql(`drop table if exists "dealer_tier_rule" cascade;`);
  }

}
