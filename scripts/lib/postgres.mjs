// PostgreSQL for the development store and the tests: find one, start one,
// create and drop databases.
import { execFileSync, spawn } from "node:child_process"
import { readdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import pg from "pg"

const SERVER_SCRIPT = fileURLToPath(new URL("./embedded-postgres-server.mjs", import.meta.url))

/** Whether a connection with this node-postgres client config opens. */
async function connects(config) {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** Whether a PostgreSQL server accepts these credentials. */
export function canConnect({ host, port, user, password }) {
  return connects({ host, port, user, password, database: "postgres" })
}

/** Runs `fn` with a client on the server's `postgres` database. */
async function withMaintenanceClient(databaseUrl, fn) {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = "/postgres"
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await fn(client, name)
  } finally {
    await client.end()
  }
}

export async function ensureDatabase(databaseUrl) {
  // An existing database is enough; a hosted role may not even see `postgres`.
  if (await connects({ connectionString: databaseUrl })) {
    return
  }
  await withMaintenanceClient(databaseUrl, async (client, name) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    }
  })
}

export function dropDatabase(databaseUrl) {
  return withMaintenanceClient(databaseUrl, (client, name) =>
    // FORCE: the server under test may not have closed its pool yet.
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
  )
}

export function databaseUrl({ host, port, user, password }, database) {
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${database}`
}

/**
 * Starts an embedded PostgreSQL (the `embedded-postgres` package) in a helper
 * process of its own process group; `stop()` shuts it down cleanly.
 */
export async function startEmbeddedPostgres({ dataDir, port, logFile }) {
  const config = { host: "localhost", port, user: "postgres", password: "postgres" }
  const child = spawn(
    process.execPath,
    [SERVER_SCRIPT, JSON.stringify({ dataDir, port, user: config.user, password: config.password, logFile })],
    { detached: true, stdio: ["ignore", "inherit", "inherit", "ipc"] }
  )
  await new Promise((resolve, reject) => {
    child.once("message", (message) => (message.ready ? resolve() : reject(new Error(message.error))))
    child.once("exit", (code) => reject(new Error(`embedded PostgreSQL exited with ${code}; see ${logFile}`)))
  })
  return {
    ...config,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || !child.connected) {
          return resolve()
        }
        child.once("exit", resolve)
        child.disconnect()
      }),
  }
}

/**
 * Starts Debian's PostgreSQL cluster (what the CI machines run) when it is
 * installed but stopped. Returns its stop function, or null when there is no
 * such cluster or it would not start.
 */
export function startDebianCluster() {
  let versions
  try {
    versions = readdirSync("/etc/postgresql")
  } catch {
    return null
  }
  const pgCtlCluster = (action) =>
    execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", versions[0], "main", action], { stdio: "inherit" })
  try {
    pgCtlCluster("start")
  } catch (error) {
    console.warn(`pg_ctlcluster could not start the cluster: ${error.message}`)
    return null
  }
  return () => pgCtlCluster("stop")
}
