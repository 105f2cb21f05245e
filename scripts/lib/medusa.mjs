// Runs the Medusa CLI for the development store and the browser test.
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { constants } from "node:os"
import { setTimeout as sleep } from "node:timers/promises"
import { fileURLToPath } from "node:url"

export const ROOT = fileURLToPath(new URL("../..", import.meta.url))

const MEDUSA_CLI = createRequire(import.meta.url).resolve("@medusajs/cli/cli.js")

/** What makes an empty database a usable demo store: schema, then demo data. */
export const PREPARE_STEPS = [["db:migrate"], ["exec", "./src/scripts/seed-demo.ts"]]

export const ADMIN_EMAIL = "admin@distribution.test"
export const ADMIN_PASSWORD = "supersecret"

/**
 * Starts `medusa <args>` in the project root, in a process group of its own:
 * `medusa develop` forks the server, and only a signal to the whole group
 * reaches both. `child.exited` resolves to the exit code (128 + n on signal n).
 */
export function spawnMedusa(args, { env = process.env, stdio = "inherit" } = {}) {
  const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd: ROOT, env, stdio, detached: true })
  child.exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? 128 + constants.signals[signal]))
    child.once("error", () => resolve(1))
  })
  return child
}

export function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

function groupAlive(child) {
  try {
    process.kill(-child.pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Waits until every process of the child's group has exited (the forked
 * server outlives `medusa develop` while it shuts down), killing stragglers
 * after `graceMs`.
 */
export async function waitForGroupExit(child, graceMs = 20_000) {
  const deadline = Date.now() + graceMs
  while (groupAlive(child) && Date.now() < deadline) {
    await sleep(200)
  }
  signalGroup(child, "SIGKILL")
}

/** Asks the child's group to stop and waits until all of it is gone. */
export async function stopMedusa(child, signal = "SIGTERM") {
  signalGroup(child, signal)
  await child.exited
  await waitForGroupExit(child)
}

/** Polls `/health` until the server answers, failing early if it exits. */
export async function waitForHealth(baseUrl, child, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs
  let exitCode = null
  child.exited.then((code) => (exitCode = code))
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      throw new Error(`the server exited with ${exitCode} before answering ${baseUrl}/health`)
    }
    try {
      const response = await fetch(`${baseUrl}/health`)
      if (response.ok) {
        return
      }
    } catch {
      // Not listening yet.
    }
    await sleep(500)
  }
  throw new Error(`${baseUrl}/health did not answer within ${timeoutMs / 1000}s`)
}
