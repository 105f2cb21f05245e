import { randomBytes } from "node:crypto"
import { Client } from "@medusajs/framework/pg"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * The database `npm test http` migrates once per run (scripts/lib/test-database.mjs)
 * and names here; unset when a spec is run on its own with plain jest.
 */
export const TEMPLATE_ENV = "MEDUSA_TEST_DB_TEMPLATE"

/** The connection Medusa's test runner uses to create and drop its databases. */
function maintenanceClient() {
  return new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: process.env.DB_WAITINGROOM_DATABASE ?? "postgres",
  })
}

async function cloneTemplate(template: string, dbName: string) {
  const client = maintenanceClient()
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(dbName)} WITH (FORCE)`)
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(dbName)} TEMPLATE ${client.escapeIdentifier(template)}`
    )
  } finally {
    await client.end()
  }
}

/**
 * The next call of the runner's migration pass does nothing: on a copy of the
 * freshly migrated template it would load every module only to ask each for
 * its pending migrations and find none (~1 s of CPU over what the boot loads
 * anyway, plus the queries). The link sync that follows still runs: its plan
 * comes out empty, but planning is what hands the plugin's own links
 * (src/links) to the app the runner boots next.
 */
function skipNextMigrationPass() {
  const { MedusaAppLoader } = require("@medusajs/framework")
  const loader = MedusaAppLoader.prototype
  const { runModulesMigrations } = loader
  loader.runModulesMigrations = async function () {
    loader.runModulesMigrations = runModulesMigrations
  }
}

/**
 * Medusa's medusaIntegrationTestRunner, with the spec's database cloned from
 * the run's migrated template when there is one: the runner then creates the
 * database only if it is missing, its migration pass is skipped and its link
 * sync finds nothing to do. Without the template (a spec run alone) it is
 * the plain runner.
 */
export function distributionTestRunner(options: RunnerOptions) {
  const template = process.env[TEMPLATE_ENV]
  if (!template) {
    return medusaIntegrationTestRunner(options)
  }
  // The runner's own naming: medusa-<random>-integration-<worker>.
  const dbName =
    options.dbName ?? `medusa-${randomBytes(8).toString("hex")}-integration-${process.env.JEST_WORKER_ID ?? "1"}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // Called after the config names this database, before the runner creates it.
      beforeServerStart: async (container) => {
        await cloneTemplate(template, dbName)
        skipNextMigrationPass()
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
