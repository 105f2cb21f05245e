import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Ledger reads that stay index-only at a million entries (measured by
 * bench/ledger-reads.mjs): a dealer's balance and a statement's sums read
 * amount/status/kind from the dealer index itself instead of one heap page
 * per entry; the admin ledger pages newest-first along (created_at, id).
 */
export class Migration20261125173942 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_dealer_ledger_covering" ON "commission_entry" ("dealer_id", "currency_code", "created_at") INCLUDE ("amount", "status", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_commission_entry_dealer_id_currency_code_created_at";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_created_at_id" ON "commission_entry" ("created_at", "id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_commission_entry_created_at_id";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_entry_dealer_id_currency_code_created_at" ON "commission_entry" ("dealer_id", "currency_code", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_commission_entry_dealer_ledger_covering";`);
  }

}
