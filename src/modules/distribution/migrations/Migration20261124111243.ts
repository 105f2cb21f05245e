import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124111243 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "distribution_referral_link" drop constraint if exists "distribution_referral_link_code_unique";`);
    this.addSql(`alter table if exists "distribution_order_attribution" drop constraint if exists "distribution_order_attribution_order_id_unique";`);
    this.addSql(`alter table if exists "distribution_customer_binding" drop constraint if exists "distribution_customer_binding_customer_id_unique";`);
    this.addSql(`create table if not exists "distribution_customer_binding" ("id" text not null, "customer_id" text not null, "dealer_id" text not null, "link_id" text null, "source" text check ("source" in ('order', 'visit', 'admin')) not null, "order_id" text null, "bound_at" timestamptz not null, "expires_at" timestamptz null, "ended_at" timestamptz null, "end_reason" text null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distribution_customer_binding_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_customer_binding_deleted_at" ON "distribution_customer_binding" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distribution_customer_binding_customer_id_unique" ON "distribution_customer_binding" ("customer_id") WHERE ended_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_customer_binding_dealer_id" ON "distribution_customer_binding" ("dealer_id") WHERE ended_at IS NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distribution_order_attribution" ("id" text not null, "order_id" text not null, "cart_id" text null, "customer_id" text null, "dealer_id" text null, "link_id" text null, "source" text check ("source" in ('link', 'code', 'binding', 'none')) not null, "reason" text null, "commissionable" boolean not null default false, "chain" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distribution_order_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_order_attribution_deleted_at" ON "distribution_order_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distribution_order_attribution_order_id_unique" ON "distribution_order_attribution" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_order_attribution_dealer_id_created_at" ON "distribution_order_attribution" ("dealer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distribution_referral_link" ("id" text not null, "code" text not null, "kind" text check ("kind" in ('default', 'campaign')) not null default 'campaign', "name" text null, "target_type" text check ("target_type" in ('home', 'product', 'collection')) not null default 'home', "target_id" text null, "target_handle" text null, "expires_at" timestamptz null, "status" text check ("status" in ('active', 'paused')) not null default 'active', "metadata" jsonb null, "dealer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distribution_referral_link_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_referral_link_dealer_id" ON "distribution_referral_link" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_referral_link_deleted_at" ON "distribution_referral_link" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distribution_referral_link_code_unique" ON "distribution_referral_link" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_referral_link_dealer_id_kind" ON "distribution_referral_link" ("dealer_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "distribution_referral_visit" ("id" text not null, "link_id" text not null, "dealer_id" text not null, "code" text not null, "source" text check ("source" in ('link', 'code')) not null default 'link', "cart_id" text null, "visitor_token" text null, "customer_id" text null, "user_agent" text null, "ip_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distribution_referral_visit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_referral_visit_deleted_at" ON "distribution_referral_visit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_referral_visit_cart_id" ON "distribution_referral_visit" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_referral_visit_visitor_token" ON "distribution_referral_visit" ("visitor_token") WHERE visitor_token IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_referral_visit_link_id_created_at" ON "distribution_referral_visit" ("link_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distribution_referral_visit_dealer_id_created_at" ON "distribution_referral_visit" ("dealer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "distribution_referral_link" add constraint "distribution_referral_link_dealer_id_foreign" foreign key ("dealer_id") references "distribution_dealer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "distribution_customer_binding" cascade;`);

    this.addSql(`drop table if exists "distribution_order_attribution" cascade;`);

    this.addSql(`drop table if exists "distribution_referral_link" cascade;`);

    this.addSql(`drop table if exists "distribution_referral_visit" cascade;`);
  }

}
