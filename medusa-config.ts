import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The development and test store. It loads the plugin straight from `src/`:
 * the project's own `src/` (routes, workflows, subscribers, admin) is picked up
 * by Medusa as the app's customisations, and the plugin's modules are
 * registered below with the same options a merchant passes in `plugins`
 * (Medusa hands a plugin's options to every module of the plugin).
 */
// DISTRIBUTION_OPTIONS (JSON) lets tests and demos try other rules without editing this file.
const distributionOptions = {
  max_depth: 3,
  storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000",
  ...JSON.parse(process.env.DISTRIBUTION_OPTIONS || "{}"),
}

const redisUrl = process.env.REDIS_URL

// With Redis, every process of the store shares events, workflows, cache and
// locks; without it the in-memory modules keep a single process self-contained.
const redisModules = redisUrl
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl,
          // Medusa's default is one attempt: a subscriber that throws (a lock a
          // killed worker still held, a dropped connection) would lose its event.
          // Retried, only the failed subscribers run again; the plugin's are
          // idempotent. 2+4+8+16+32 s of backoff, plus each try's 30 s lock wait,
          // outlast the 120 s lock a killed worker can leave behind.
          jobOptions: { attempts: 6, backoff: { type: "exponential", delay: 2000 } },
        },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.CACHE,
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              id: "locking-redis",
              resolve: "@medusajs/medusa/locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  },
  modules: [
    {
      resolve: "./src/modules/distribution",
      options: distributionOptions,
    },
    {
      resolve: "./src/modules/commission",
      options: distributionOptions,
    },
    {
      resolve: "./src/modules/payout",
      options: distributionOptions,
    },
    {
      resolve: "./src/modules/warehouse",
      options: distributionOptions,
    },
    {
      resolve: "./src/modules/performance",
      options: distributionOptions,
    },
    {
      resolve: "./src/modules/customer-tier",
      options: distributionOptions,
    },
    {
      resolve: "./src/modules/reporting",
      options: distributionOptions,
    },
    ...redisModules,
  ],
})
