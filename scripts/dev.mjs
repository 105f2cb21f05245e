// `npm run dev`: the development store (plugin + admin at /app) on a machine
// with nothing set up. Uses DATABASE_URL when given, otherwise an embedded
// PostgreSQL under .dev-data/; migrates, seeds the demo data, then runs
// `medusa develop` until it exits or this script is signalled.
import path from "node:path"
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  PREPARE_STEPS,
  ROOT,
  signalGroup,
  spawnMedusa,
  waitForGroupExit,
  waitForHealth,
} from "./lib/medusa.mjs"
import { databaseUrl, ensureDatabase, startEmbeddedPostgres } from "./lib/postgres.mjs"

// Medusa reads .env itself, but only in its own processes; read it here too so
// a DATABASE_URL kept there is honoured rather than shadowed by the embedded one.
try {
  process.loadEnvFile(path.join(ROOT, ".env"))
} catch {
  // No .env: fine.
}

const env = { ...process.env }
const port = env.PORT ?? "9000"
let current = null
let stopping = false

// Children run in their own process groups (see spawnMedusa), so a Ctrl-C in
// the terminal reaches only this script; pass the signal on to Medusa. Once
// per kind: under `npm run dev` the same Ctrl-C also arrives forwarded by npm.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    stopping = true
    if (current) {
      signalGroup(current, signal)
    }
    process.on(signal, () => {})
  })
}

async function run(args) {
  current = spawnMedusa(args, { env })
  const code = await current.exited
  await waitForGroupExit(current)
  current = null
  return code
}

let postgres = null
let code = 0
try {
  if (!env.DATABASE_URL) {
    // 54329, not 5432: a system PostgreSQL may already own the standard port.
    const pgPort = Number(env.DEV_POSTGRES_PORT ?? 54329)
    console.log(`Starting embedded PostgreSQL on port ${pgPort} (data in .dev-data/postgres)`)
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(ROOT, ".dev-data", "postgres"),
      port: pgPort,
      logFile: path.join(ROOT, ".dev-data", "postgres.log"),
    })
    env.DATABASE_URL = databaseUrl(postgres, "medusa_distribution")
  }
  await ensureDatabase(env.DATABASE_URL)

  for (const step of PREPARE_STEPS) {
    if (stopping) {
      break
    }
    code = await run(step)
    if (code !== 0) {
      throw new Error(`medusa ${step.join(" ")} exited with ${code}`)
    }
  }

  if (!stopping) {
    const develop = run(["develop"])
    waitForHealth(`http://localhost:${port}`, current).then(
      () => console.log(`\nStore ready: admin http://localhost:${port}/app (${ADMIN_EMAIL} / ${ADMIN_PASSWORD})\n`),
      () => {}
    )
    code = await develop
  }
} catch (error) {
  console.error(error.message)
  code ||= 1
} finally {
  await postgres?.stop()
}
process.exit(code)
