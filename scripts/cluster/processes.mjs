// The cluster's Medusa processes: `medusa start` as a server (HTTP only) or
// a worker (subscribers, scheduled jobs, workflow steps; no API routes),
// each with its own port (a worker answers only /health), its log in a file.
import { createWriteStream } from "node:fs"
import { createServer } from "node:net"
import path from "node:path"
import { signalGroup, spawnMedusa, stopMedusa, waitForGroupExit, waitForHealth } from "../lib/medusa.mjs"

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * One Medusa process of the cluster. `start()` spawns `medusa start` with
 * MEDUSA_WORKER_MODE=`mode` and waits for /health; `kill()` SIGKILLs its
 * whole process group (no shutdown hooks run: BullMQ's job lock and
 * Medusa's Redis locks are left to expire); `stop()` is the graceful SIGTERM.
 */
export function clusterProcess({ name, mode, env, logDir }) {
  let child = null
  let starts = 0
  const proc = {
    name,
    mode,
    port: null,
    baseUrl: null,
    get pid() {
      return child?.pid ?? null
    },
    get running() {
      return child !== null
    },
    async start() {
      proc.port = await freePort()
      proc.baseUrl = `http://127.0.0.1:${proc.port}`
      starts++
      const log = createWriteStream(path.join(logDir, `${name}.${starts}.log`))
      child = spawnMedusa(["start", "--port", String(proc.port)], {
        env: { ...env, MEDUSA_WORKER_MODE: mode, PORT: String(proc.port) },
        stdio: ["ignore", "pipe", "pipe"],
      })
      child.stdout.pipe(log)
      child.stderr.pipe(log)
      await waitForHealth(proc.baseUrl, child, 300_000)
    },
    async kill() {
      if (!child) return
      signalGroup(child, "SIGKILL")
      await child.exited
      await waitForGroupExit(child, 5_000)
      child = null
    },
    async stop() {
      if (!child) return
      const c = child
      child = null
      await stopMedusa(c).catch(() => {})
    },
    /** The log file of the current (or last) start. */
    get log() {
      return path.join(logDir, `${name}.${starts}.log`)
    },
  }
  return proc
}

/** The `medusaToLog` children still running, for stopAll() on an interrupted run. */
const running = new Set()

/** Runs `medusa <args>` to completion with its output in `logFile`; rejects (naming the log) on a non-zero exit. */
export async function medusaToLog(args, env, logFile) {
  const out = createWriteStream(logFile)
  const child = spawnMedusa(args, { env, stdio: ["ignore", "pipe", "pipe"] })
  child.stdout.pipe(out)
  child.stderr.pipe(out)
  running.add(child)
  const code = await child.exited
  running.delete(child)
  if (code !== 0) throw new Error(`medusa ${args.join(" ")} exited with ${code}; see ${logFile}`)
}

/** Stops every `medusaToLog` child still running (migrate, seed). */
export async function stopCommands() {
  await Promise.all([...running].map((child) => stopMedusa(child).catch(() => {})))
}
