// A Redis logical database of the cluster test's own: every module of every
// process gets REDIS_URL=redis://host:port/<db>, so the test's queues, locks,
// cache and workflow state never meet another store's on the same Redis.
import { createRequire } from "node:module"
import { ROOT } from "../lib/medusa.mjs"

const Redis = createRequire(`${ROOT}/package.json`)("ioredis")

const CLAIM_KEY = "medusa-plugin-distribution:test-cluster:claim"

/**
 * The logical databases tried, in order: never 0 (where a developer's own
 * store usually lives), and 13 and 14 last (`npm run bench:checkout`'s
 * defaults for its two stores, which it checks only once, when it starts).
 */
const CANDIDATES = [15, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 13, 14]

/**
 * Claims the first empty logical database of CANDIDATES by writing a claim
 * key into it with NX. Returns its URL and a release() that empties it.
 */
export async function claimRedisDatabase(baseUrl = "redis://127.0.0.1:6379") {
  const probe = new Redis(baseUrl, { lazyConnect: true, maxRetriesPerRequest: 1 })
  try {
    await probe.connect()
  } catch (error) {
    throw new Error(`Redis at ${baseUrl} is not reachable (${error.message}); start it (see .ci/run) or set CLUSTER_REDIS_URL`)
  }
  try {
    for (const db of CANDIDATES) {
      await probe.select(db)
      if ((await probe.dbsize()) !== 0) continue
      // NX: two test runs probing at once can't both take the same database.
      if ((await probe.set(CLAIM_KEY, String(process.pid), "NX")) !== "OK") continue
      const url = `${baseUrl.replace(/\/\d*$/, "")}/${db}`
      return {
        db,
        url,
        /** Empties the database (only if the claim is still ours). */
        release: async () => {
          const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
          try {
            await client.connect()
            if ((await client.get(CLAIM_KEY)) === String(process.pid)) await client.flushdb()
          } finally {
            client.disconnect()
          }
        },
        /** A client on the claimed database (for the queue checks); disconnect it yourself. */
        client: () => new Redis(url, { maxRetriesPerRequest: 1 }),
      }
    }
    throw new Error(`no empty Redis logical database (${CANDIDATES.join(", ")}) to run the cluster test in`)
  } finally {
    probe.disconnect()
  }
}
