import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125161022 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout_event" drop constraint if exists "payout_event_event_key_unique";`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_retry_of_id_unique";`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_out_bill_no_unique";`);
    this.addSql(`alter table if exists "payout_batch" drop constraint if exists "payout_batch_schedule_key_unique";`);
    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_dealer_id_provider_id_unique";`);
    this.addSql(`create table if not exists "payout_account" ("id" text not null, "dealer_id" text not null, "provider_id" text not null, "status" text check ("status" in ('unverified', 'verified', 'locked')) not null default 'unverified', "openid" text null, "real_name" text null, "bank_name" text null, "account_holder" text null, "account_number" text null, "lock_reason" text null, "verified_at" timestamptz null, "verified_by" text null, "locked_at" timestamptz null, "locked_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_dealer_id_provider_id_unique" ON "payout_account" ("dealer_id", "provider_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_account_change" ("id" text not null, "account_id" text not null, "dealer_id" text not null, "provider_id" text not null, "action" text not null, "actor_type" text check ("actor_type" in ('customer', 'user', 'system')) not null, "actor_id" text null, "before" jsonb null, "after" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_change_deleted_at" ON "payout_account_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_change_dealer_id_created_at" ON "payout_account_change" ("dealer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_batch" ("id" text not null, "currency_code" text not null, "provider_id" text not null, "status" text check ("status" in ('draft', 'approved', 'processing', 'completed', 'partially_failed', 'canceled')) not null default 'draft', "source" text check ("source" in ('admin', 'schedule', 'withdrawal')) not null, "note" text null, "schedule_key" text null, "created_by" text null, "approved_by" text null, "approved_at" timestamptz null, "canceled_by" text null, "canceled_at" timestamptz null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_deleted_at" ON "payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_batch_schedule_key_unique" ON "payout_batch" ("schedule_key") WHERE schedule_key IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_status_created_at" ON "payout_batch" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout" ("id" text not null, "dealer_id" text not null, "account_id" text null, "account_snapshot" jsonb null, "provider_id" text not null, "currency_code" text not null, "amount" numeric not null, "status" text check ("status" in ('draft', 'queued', 'sending', 'processing', 'awaiting_confirmation', 'succeeded', 'failed', 'canceled')) not null default 'draft', "out_bill_no" text not null, "provider_state" text null, "provider_reference" text null, "package_info" text null, "failure_reason" text null, "reference" text null, "needs_query" boolean not null default false, "last_error" text null, "attempts" integer not null default 0, "retry_of_id" text null, "ledger_synced_at" timestamptz null, "sent_at" timestamptz null, "completed_at" timestamptz null, "batch_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_id" ON "payout" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_out_bill_no_unique" ON "payout" ("out_bill_no") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_retry_of_id_unique" ON "payout" ("retry_of_id") WHERE retry_of_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_dealer_id_created_at" ON "payout" ("dealer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_status" ON "payout" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_event" ("id" text not null, "payout_id" text not null, "kind" text not null, "detail" jsonb null, "actor_id" text null, "event_key" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_event_deleted_at" ON "payout_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_event_payout_id_created_at" ON "payout_event" ("payout_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_event_event_key_unique" ON "payout_event" ("event_key") WHERE event_key IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout" add constraint "payout_batch_id_foreign" foreign key ("batch_id") references "payout_batch" ("id") on update cascade;`);

    // Hand-written guards: what the code promises, PostgreSQL enforces too.
    this.addSql(`alter table "payout" add constraint "payout_amount_positive" check (amount > 0);`);
    // A settled payout never moves again (a late callback can't un-pay or re-pay),
    // and what a payout pays, to whom and under which request number never changes.
    this.addSql(`
      create or replace function payout_guard() returns trigger as $$
      begin
        if old.status in ('succeeded', 'failed', 'canceled') and new.status is distinct from old.status then
          raise exception 'payout % is % and can not move to %', old.id, old.status, new.status;
        end if;
        if (new.amount, new.dealer_id, new.currency_code, new.out_bill_no, new.provider_id, new.account_snapshot, new.batch_id)
           is distinct from (old.amount, old.dealer_id, old.currency_code, old.out_bill_no, old.provider_id, old.account_snapshot, old.batch_id) then
          raise exception 'payout %: amount, dealer, currency, request number, provider, account and batch are fixed', old.id;
        end if;
        return new;
      end $$ language plpgsql;`);
    this.addSql(`create trigger payout_guard before update on "payout" for each row execute function payout_guard();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists payout_guard on "payout";`);
    this.addSql(`drop function if exists payout_guard();`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_batch_id_foreign";`);

    this.addSql(`drop table if exists "payout_account" cascade;`);

    this.addSql(`drop table if exists "payout_account_change" cascade;`);

    this.addSql(`drop table if exists "payout_batch" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "payout_event" cascade;`);
  }

}
