// The http test part's template database: migrated once per run with
// `medusa db:migrate`, then cloned by every spec file (see
// integration-tests/helpers/test-runner.ts) instead of each file migrating
// every module and syncing every link table itself.
import { closeSync, openSync } from "node:fs"
import pg from "pg"
import { signalGroup, spawnMedusa } from "./medusa.mjs"
import { databaseUrl } from "./postgres.mjs"

/** The variable the spec files read the template's name from. */
export const TEMPLATE_ENV = "MEDUSA_TEST_DB_TEMPLATE"

// One per `npm test` process; the pid tells a live run's template from one
// left behind by a run that was killed.
const PREFIX = "medusa-http-template-"

async function withClient(config, fn) {
  const client = new pg.Client({ ...config, database: "postgres" })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

function running(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

async function drop(client, name) {
  const id = client.escapeIdentifier(name)
  // A template database cannot be dropped.
  await client.query(`ALTER DATABASE ${id} WITH IS_TEMPLATE false`).catch(() => {})
  await client.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`)
}

/**
 * Creates the template database and migrates it the way Medusa's test runner
 * would migrate a spec's database: every module's migrations and the link
 * tables, no migration scripts. `onSpawn` gets the migrating process (for
 * interrupts); its output goes to `logFile`. Resolves to the template's name
 * and a function dropping it.
 */
export async function createTemplateDatabase(config, { logFile, onSpawn = () => {} }) {
  const name = `${PREFIX}${process.pid}`
  await withClient(config, async (client) => {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [PREFIX])
    for (const { datname } of rows) {
      const pid = Number(datname.slice(PREFIX.length))
      if (pid === process.pid || !running(pid)) {
        await drop(client, datname)
      }
    }
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
  })
  const remove = () => withClient(config, (client) => drop(client, name))

  const log = openSync(logFile, "w")
  let code
  try {
    const child = spawnMedusa(["db:migrate", "--skip-scripts", "--execute-all-links"], {
      // NODE_ENV as under jest, so medusa-config reads the same .env files.
      env: { ...process.env, NODE_ENV: "test", DATABASE_URL: databaseUrl(config, name) },
      stdio: ["ignore", log, log],
    })
    onSpawn({ kill: (signal) => signalGroup(child, signal) })
    code = await child.exited
  } finally {
    closeSync(log)
  }
  if (code !== 0) {
    await remove()
    throw new Error(`medusa db:migrate exited with ${code}; see ${logFile}`)
  }
  // Nothing may connect to it, or cloning it fails.
  await withClient(config, (client) =>
    client.query(`ALTER DATABASE ${client.escapeIdentifier(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`)
  )
  return { name, drop: remove }
}
