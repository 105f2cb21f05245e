import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125145410 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "commission_order" drop constraint if exists "commission_order_order_id_unique";`);
    this.addSql(`alter table if exists "commission_statement" drop constraint if exists "commission_statement_dealer_id_currency_code_period_unique";`);
    this.addSql(`alter table if exists "commission_entry" drop constraint if exists "commission_entry_idempotency_key_unique";`);
    this.addSql(`create table if not exists "commission_entry" ("id" text not null, "dealer_id" text not null, "kind" text check ("kind" in ('accrual', 'reversal', 'adjustment', 'payout')) not null, "status" text check ("status" in ('pending', 'available', 'paid')) not null, "amount" numeric not null, "currency_code" text not null, "order_id" text null, "order_display_id" integer null, "line_item_id" text null, "product_title" text null, "level" integer null, "base" numeric null, "rate" numeric null, "rule_id" text null, "rule_type" text null, "reverses_entry_id" text null, "payout_id" text null, "reason" text null, "created_by" text null, "idempotency_key" text not null, "raw_amount" jsonb not null, "raw_base" jsonb null, "raw_rate" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_deleted_at" ON "commission_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_entry_idempotency_key_unique" ON "commission_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_dealer_id_currency_code_created_at" ON "commission_entry" ("dealer_id", "currency_code", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_order_id" ON "commission_entry" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_reverses_entry_id" ON "commission_entry" ("reverses_entry_id") WHERE reverses_entry_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_status_kind" ON "commission_entry" ("status", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_entry_transition" ("id" text not null, "from_status" text check ("from_status" in ('pending', 'available', 'paid')) not null, "to_status" text check ("to_status" in ('pending', 'available', 'paid')) not null, "reason" text not null, "actor_id" text null, "entry_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_entry_transition_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_transition_entry_id" ON "commission_entry_transition" ("entry_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_transition_deleted_at" ON "commission_entry_transition" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "position" integer not null, "name" text null, "scope_type" text check ("scope_type" in ('all', 'product', 'collection', 'category')) not null, "scope_id" text null, "tier_id" text null, "level" integer not null, "type" text check ("type" in ('percentage', 'fixed', 'volume_tiers', 'differential')) not null, "rate" numeric null, "amount" numeric null, "currency_code" text null, "volume_tiers" jsonb null, "is_active" boolean not null default true, "raw_rate" jsonb null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_position" ON "commission_rule" ("position") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_statement" ("id" text not null, "dealer_id" text not null, "currency_code" text not null, "period" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "opening_balance" numeric not null, "closing_balance" numeric not null, "totals" jsonb not null, "entry_count" integer not null, "raw_opening_balance" jsonb not null, "raw_closing_balance" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_statement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_statement_deleted_at" ON "commission_statement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_statement_dealer_id_currency_code_period_unique" ON "commission_statement" ("dealer_id", "currency_code", "period") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_statement_period" ON "commission_statement" ("period") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_order" ("id" text not null, "order_id" text not null, "order_display_id" integer null, "dealer_id" text not null, "chain_dealer_ids" text[] not null, "currency_code" text not null, "base_total" numeric not null, "commission_total" numeric not null, "placed_at" timestamptz not null, "inputs" jsonb not null, "plan_snapshot" jsonb not null, "split" jsonb not null, "raw_base_total" jsonb not null, "raw_commission_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_order_deleted_at" ON "commission_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_order_order_id_unique" ON "commission_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_order_currency_code_placed_at" ON "commission_order" ("currency_code", "placed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "commission_entry_transition" add constraint "commission_entry_transition_entry_id_foreign" foreign key ("entry_id") references "commission_entry" ("id") on update cascade;`);

    // Written by hand: what the data-model language cannot say.
    // Volume tiers sum the orders a dealer is in the chain of.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_order_chain_dealer_ids" ON "commission_order" USING gin ("chain_dealer_ids");`);
    // Maturation scans the orders that still have pending accruals.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_pending_accrual_order" ON "commission_entry" ("order_id") WHERE kind = 'accrual' AND status = 'pending' AND deleted_at IS NULL;`);
    // Accruals are credits and reversals debits, whatever the code above does.
    this.addSql(`alter table "commission_entry" add constraint "commission_entry_amount_sign" check ((kind = 'accrual' and amount > 0) or (kind = 'reversal' and amount < 0) or (kind in ('adjustment', 'payout') and amount <> 0));`);
    // The ledger is append-only: an entry's status may move, nothing else
    // changes and nothing is deleted, even by a bug or a hand-written query.
    this.addSql(`create or replace function commission_entry_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'commission_entry is append-only: entries are never deleted';
        end if;
        if (to_jsonb(new) - 'status' - 'updated_at') is distinct from (to_jsonb(old) - 'status' - 'updated_at') then
          raise exception 'commission_entry is append-only: only status may change';
        end if;
        return new;
      end $$;`);
    this.addSql(`drop trigger if exists "commission_entry_append_only" on "commission_entry";`);
    this.addSql(`create trigger "commission_entry_append_only" before update or delete on "commission_entry" for each row execute function commission_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "commission_entry_transition" drop constraint if exists "commission_entry_transition_entry_id_foreign";`);

    this.addSql(`drop table if exists "commission_entry" cascade;`);
    this.addSql(`drop function if exists commission_entry_append_only();`);

    this.addSql(`drop table if exists "commission_entry_transition" cascade;`);

    this.addSql(`drop table if exists "commission_rule" cascade;`);

    this.addSql(`drop table if exists "commission_statement" cascade;`);

    this.addSql(`drop table if exists "commission_order" cascade;`);
  }

}
