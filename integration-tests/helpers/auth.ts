import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
}

export type RequestConfig = { headers: Record<string, string> }

/**
 * An admin user with an emailpass identity, signed in through the real
 * `/auth/user/emailpass` route; returns headers for the admin API.
 */
export async function signInAdmin(
  api: Api,
  container: MedusaContainer,
  email = "admin@distribution.test",
  password = "supersecret"
): Promise<RequestConfig> {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const user = await users.createUsers({ email, first_name: "Admin", last_name: "User" })
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  } as any)
  if (error || !authIdentity) {
    throw new Error(`could not register admin identity: ${error}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A publishable API key, which every /store request needs. */
export async function createPublishableKey(container: MedusaContainer): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const key = await apiKeys.createApiKeys({ title: "test storefront", type: "publishable", created_by: "test" })
  return key.token
}

/**
 * Registers a storefront customer the way a storefront does (register the
 * identity, create the customer, sign in again) and returns its id and the
 * headers for the store API.
 */
export async function registerCustomer(
  api: Api,
  publishableKey: string,
  email: string,
  password = "supersecret"
): Promise<{ customer_id: string; config: RequestConfig }> {
  const pk = { "x-publishable-api-key": publishableKey }
  const register = await api.post("/auth/customer/emailpass/register", { email, password })
  const created = await api.post(
    "/store/customers",
    { email, first_name: email.split("@")[0], last_name: "Test" },
    { headers: { ...pk, authorization: `Bearer ${register.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customer_id: created.data.customer.id,
    config: { headers: { ...pk, authorization: `Bearer ${login.data.token}` } },
  }
}
