import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125190359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stock_transfer_line" drop constraint if exists "stock_transfer_line_transfer_id_inventory_item_id_unique";`);
    this.addSql(`alter table if exists "stock_transfer" drop constraint if exists "stock_transfer_fulfillment_id_unique";`);
    this.addSql(`alter table if exists "stock_threshold" drop constraint if exists "stock_threshold_inventory_item_id_location_id_unique";`);
    this.addSql(`alter table if exists "stock_count_line" drop constraint if exists "stock_count_line_count_id_inventory_item_id_unique";`);
    this.addSql(`alter table if exists "stock_alert" drop constraint if exists "stock_alert_inventory_item_id_location_id_unique";`);
    this.addSql(`alter table if exists "restock_order" drop constraint if exists "restock_order_order_id_unique";`);
    this.addSql(`alter table if exists "item_cost" drop constraint if exists "item_cost_inventory_item_id_unique";`);
    this.addSql(`create table if not exists "item_cost" ("id" text not null, "inventory_item_id" text not null, "currency_code" text not null, "unit_cost" numeric not null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "item_cost_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_item_cost_deleted_at" ON "item_cost" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_item_cost_inventory_item_id_unique" ON "item_cost" ("inventory_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "restock_order" ("id" text not null, "order_id" text not null, "dealer_id" text not null, "target_location_id" text not null, "source_location_id" text null, "source_dealer_id" text null, "status" text check ("status" in ('placed', 'partially_received', 'received', 'canceled')) not null default 'placed', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "restock_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_restock_order_deleted_at" ON "restock_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_restock_order_order_id_unique" ON "restock_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_restock_order_dealer_id_created_at" ON "restock_order" ("dealer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_alert" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "reorder_point" integer not null, "available_quantity" integer not null, "suggested_quantity" integer not null, "opened_at" timestamptz not null, "closed_at" timestamptz null, "closed_available_quantity" integer null, "notified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_deleted_at" ON "stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_alert_inventory_item_id_location_id_unique" ON "stock_alert" ("inventory_item_id", "location_id") WHERE status = 'open' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_status_opened_at" ON "stock_alert" ("status", "opened_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_count" ("id" text not null, "display_id" serial, "location_id" text not null, "status" text check ("status" in ('counting', 'applied', 'canceled')) not null default 'counting', "scope" jsonb null, "note" text null, "created_by" text null, "applied_by" text null, "applied_at" timestamptz null, "canceled_by" text null, "canceled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_count_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_count_deleted_at" ON "stock_count" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_count_location_id_created_at" ON "stock_count" ("location_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_count_status_created_at" ON "stock_count" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_count_line" ("id" text not null, "inventory_item_id" text not null, "sku" text null, "title" text null, "snapshot_quantity" integer not null, "counted_quantity" integer null, "counted_by" text null, "counted_at" timestamptz null, "unit_cost" numeric null, "currency_code" text null, "applied_adjustment" integer null, "quantity_after" integer null, "count_id" text not null, "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_count_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_count_line_count_id" ON "stock_count_line" ("count_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_count_line_deleted_at" ON "stock_count_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_count_line_count_id_inventory_item_id_unique" ON "stock_count_line" ("count_id", "inventory_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_threshold" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "reorder_point" integer not null, "reorder_quantity" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_threshold_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_threshold_deleted_at" ON "stock_threshold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_threshold_inventory_item_id_location_id_unique" ON "stock_threshold" ("inventory_item_id", "location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_threshold_location_id" ON "stock_threshold" ("location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_transfer" ("id" text not null, "display_id" serial, "kind" text check ("kind" in ('manual', 'restock')) not null default 'manual', "status" text check ("status" in ('draft', 'shipped', 'received', 'canceled')) not null default 'draft', "from_location_id" text not null, "to_location_id" text not null, "note" text null, "order_id" text null, "fulfillment_id" text null, "created_by" text null, "shipped_by" text null, "shipped_at" timestamptz null, "received_by" text null, "received_at" timestamptz null, "canceled_by" text null, "canceled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_transfer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_deleted_at" ON "stock_transfer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_status_created_at" ON "stock_transfer" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_from_location_id_created_at" ON "stock_transfer" ("from_location_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_to_location_id_created_at" ON "stock_transfer" ("to_location_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_order_id" ON "stock_transfer" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_transfer_fulfillment_id_unique" ON "stock_transfer" ("fulfillment_id") WHERE fulfillment_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_transfer_line" ("id" text not null, "inventory_item_id" text not null, "sku" text null, "title" text null, "quantity" integer not null, "received_quantity" integer null, "discrepancy_quantity" integer not null default 0, "discrepancy_note" text null, "transfer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_transfer_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_line_transfer_id" ON "stock_transfer_line" ("transfer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_line_deleted_at" ON "stock_transfer_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_transfer_line_transfer_id_inventory_item_id_unique" ON "stock_transfer_line" ("transfer_id", "inventory_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_line_inventory_item_id" ON "stock_transfer_line" ("inventory_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stock_count_line" add constraint "stock_count_line_count_id_foreign" foreign key ("count_id") references "stock_count" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "stock_transfer_line" add constraint "stock_transfer_line_transfer_id_foreign" foreign key ("transfer_id") references "stock_transfer" ("id") on update cascade on delete cascade;`);

    // Hand-written: quantities the workflows validate, held by the database too.
    this.addSql(`alter table "stock_transfer_line" add constraint "stock_transfer_line_quantity_check" check ("quantity" > 0 and ("received_quantity" is null or "received_quantity" >= 0) and "discrepancy_quantity" >= 0);`);
    this.addSql(`alter table "stock_transfer" add constraint "stock_transfer_locations_check" check ("from_location_id" <> "to_location_id");`);
    this.addSql(`alter table "stock_count_line" add constraint "stock_count_line_counted_check" check ("counted_quantity" is null or "counted_quantity" >= 0);`);
    this.addSql(`alter table "stock_threshold" add constraint "stock_threshold_quantities_check" check ("reorder_point" >= 0 and ("reorder_quantity" is null or "reorder_quantity" > 0));`);
    this.addSql(`alter table "item_cost" add constraint "item_cost_unit_cost_check" check ("unit_cost" >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stock_count_line" drop constraint if exists "stock_count_line_count_id_foreign";`);

    this.addSql(`alter table if exists "stock_transfer_line" drop constraint if exists "stock_transfer_line_transfer_id_foreign";`);

    this.addSql(`drop table if exists "item_cost" cascade;`);

    this.addSql(`drop table if exists "restock_order" cascade;`);

    this.addSql(`drop table if exists "stock_alert" cascade;`);

    this.addSql(`drop table if exists "stock_count" cascade;`);

    this.addSql(`drop table if exists "stock_count_line" cascade;`);

    this.addSql(`drop table if exists "stock_threshold" cascade;`);

    this.addSql(`drop table if exists "stock_transfer" cascade;`);

    this.addSql(`drop table if exists "stock_transfer_line" cascade;`);
  }

}
