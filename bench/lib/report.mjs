// What every benchmark prints: the machine, its figures, and ratios measured
// side by side in the same run. No benchmark asserts a timing; it reports.
import { cpus, totalmem, release, platform } from "node:os"
import { execFileSync } from "node:child_process"

/** Machine info for the report's header: CPU, cores, memory, Node, PostgreSQL. */
export function machineInfo(databaseUrl) {
  const cpu = cpus()
  let postgres = "unknown"
  try {
    postgres = execFileSync("psql", [databaseUrl, "-Atc", "SHOW server_version"], { encoding: "utf8" }).trim()
  } catch {
    // psql missing: the report says unknown.
  }
  return {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memory_gb: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()}`,
    node: process.version,
    postgres,
  }
}

/** p50, p95, p99, mean of durations in milliseconds. */
export function summarize(durations) {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
  const mean = sorted.reduce((s, d) => s + d, 0) / (sorted.length || 1)
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean }
}

const fmt = (v) => (typeof v === "number" ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : String(v))

/**
 * Prints a benchmark's report: title, machine, a table of figures, and the
 * ratios with their targets. Also returns it as JSON (for the README).
 */
export function printReport({ title, command, machine, rows, ratios = [], notes = [] }) {
  const lines = [`\n## ${title}`, "", `command: ${command}`, `machine: ${Object.entries(machine).map(([k, v]) => `${k}=${v}`).join(", ")}`, ""]
  if (rows.length) {
    const columns = Object.keys(rows[0])
    lines.push(`| ${columns.join(" | ")} |`, `| ${columns.map(() => "---").join(" | ")} |`)
    for (const row of rows) lines.push(`| ${columns.map((c) => fmt(row[c])).join(" | ")} |`)
    lines.push("")
  }
  for (const r of ratios) {
    const verdict = r.target ? ` (target ${r.target}: ${r.met ? "met" : "NOT met"})` : ""
    lines.push(`ratio ${r.name}: ${r.value.toFixed(3)}×${verdict}`)
  }
  for (const note of notes) lines.push(`note: ${note}`)
  console.log(lines.join("\n"))
  return { title, command, machine, rows, ratios, notes }
}

/** A small seeded PRNG (mulberry32): the same seed makes the same data on every machine. */
export function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Times an async function n times (after `warmup` untimed runs); durations in ms. */
export async function timeIt(n, fn, { warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) await fn(i)
  const durations = []
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint()
    await fn(i)
    durations.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return durations
}
