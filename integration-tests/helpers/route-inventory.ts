import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

/** One HTTP route the plugin serves: method and Express-style path (`:id`). */
export type PluginRoute = { method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH"; path: string; file: string }

const API_ROOT = path.resolve(__dirname, "../../src/api")
const METHOD = /^export (?:const|async function|function) (GET|POST|PUT|DELETE|PATCH)\b/gm

/**
 * Every route under src/api, read off the file tree the way Medusa's router
 * reads it (`[param]` folders become `:param`). Security specs iterate this
 * list, so a new route is covered (or makes them fail) without editing them.
 */
export function pluginRoutes(): PluginRoute[] {
  const routes: PluginRoute[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.name === "route.ts") {
        const relative = path.relative(API_ROOT, path.dirname(full)).split(path.sep)
        const routePath = "/" + relative.map((part) => part.replace(/^\[(.+)\]$/, ":$1")).join("/")
        for (const match of readFileSync(full, "utf8").matchAll(METHOD)) {
          routes.push({ method: match[1] as PluginRoute["method"], path: routePath, file: path.relative(API_ROOT, full) })
        }
      }
    }
  }
  walk(API_ROOT)
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}

/** Fills a route's `:params` from a map (missing ones get a well-formed id that exists nowhere). */
export function fillRoute(routePath: string, params: Record<string, string> = {}): string {
  return routePath.replace(/:([a-z_]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? `${name}_does_not_exist`))
}
