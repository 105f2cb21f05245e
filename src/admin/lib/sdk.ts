import Medusa from "@medusajs/js-sdk"

// `__BACKEND_URL__` is the dashboard's own backend URL (same value the core
// admin uses); the guard keeps the module loadable where it is not defined.
const backendUrl =
  typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__ : "/"

export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: false,
  auth: { type: "session" },
})
