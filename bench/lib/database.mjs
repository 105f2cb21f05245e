// A fresh database per benchmark run, migrated with the plugin's schema,
// on the PostgreSQL the tests use (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD).
import { spawnMedusa } from "../../scripts/lib/medusa.mjs"
import { databaseUrl, dropDatabase, ensureDatabase } from "../../scripts/lib/postgres.mjs"

export const DB = {
  host: process.env.DB_HOST ?? "127.0.0.1",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
}

/** Creates `bench_<name>_<pid>`, runs `medusa db:migrate` on it; returns its URL and a drop(). */
export async function freshDatabase(name, { migrate = true, env = {} } = {}) {
  const url = databaseUrl(DB, `bench_${name}_${process.pid}`)
  await ensureDatabase(url)
  if (migrate) {
    await medusa(["db:migrate"], { DATABASE_URL: url, ...env })
  }
  return { url, drop: () => dropDatabase(url) }
}

/** Runs `medusa <args>` to completion with the given env; rejects on a non-zero exit. */
export async function medusa(args, env = {}) {
  const child = spawnMedusa(args, { env: { ...process.env, NODE_ENV: "production", ...env }, stdio: ["ignore", "inherit", "inherit"] })
  const code = await child.exited
  if (code !== 0) {
    throw new Error(`medusa ${args.join(" ")} exited with ${code}`)
  }
}
