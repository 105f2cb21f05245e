import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125161021 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "commission_entry" drop constraint if exists "commission_entry_status_check";`);

    this.addSql(`alter table if exists "commission_entry_transition" drop constraint if exists "commission_entry_transition_from_status_check";`);
    this.addSql(`alter table if exists "commission_entry_transition" drop constraint if exists "commission_entry_transition_to_status_check";`);

    this.addSql(`alter table if exists "commission_entry" add constraint "commission_entry_status_check" check("status" in ('pending', 'available', 'reserved', 'paid'));`);

    this.addSql(`alter table if exists "commission_entry_transition" add column if not exists "payout_id" text null;`);
    this.addSql(`alter table if exists "commission_entry_transition" add constraint "commission_entry_transition_from_status_check" check("from_status" in ('pending', 'available', 'reserved', 'paid'));`);
    this.addSql(`alter table if exists "commission_entry_transition" add constraint "commission_entry_transition_to_status_check" check("to_status" in ('pending', 'available', 'reserved', 'paid'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_transition_payout_id_to_status" ON "commission_entry_transition" ("payout_id", "to_status") WHERE payout_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "commission_entry" drop constraint if exists "commission_entry_status_check";`);

    this.addSql(`alter table if exists "commission_entry_transition" drop constraint if exists "commission_entry_transition_from_status_check";`);
    this.addSql(`alter table if exists "commission_entry_transition" drop constraint if exists "commission_entry_transition_to_status_check";`);

    this.addSql(`alter table if exists "commission_entry" add constraint "commission_entry_status_check" check("status" in ('pending', 'available', 'paid'));`);

    this.addSql(`drop index if exists "IDX_commission_entry_transition_payout_id_to_status";`);
    this.addSql(`alter table if exists "commission_entry_transition" drop column if exists "payout_id";`);

    this.addSql(`alter table if exists "commission_entry_transition" add constraint "commission_entry_transition_from_status_check" check("from_status" in ('pending', 'available', 'paid'));`);
    this.addSql(`alter table if exists "commission_entry_transition" add constraint "commission_entry_transition_to_status_check" check("to_status" in ('pending', 'available', 'paid'));`);
  }

}
