// The cluster test's HTTP client: JSON requests with Medusa's error body in
// the thrown error, and the admin's bearer token.
import { setTimeout as sleep } from "node:timers/promises"
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "../lib/medusa.mjs"

export class HttpError extends Error {
  constructor(method, url, status, body) {
    super(`${method} ${url} → ${status}: ${body.slice(0, 400)}`)
    this.status = status
    this.body = body
  }
}

/** One JSON request; throws HttpError on a non-2xx answer. */
export async function request(baseUrl, headers, method, url, body) {
  const response = await fetch(baseUrl + url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new HttpError(method, url, response.status, text)
  return text ? JSON.parse(text) : {}
}

/** Requests that were retried (409 or a connection error), by method and route, for the summary. */
export const retried = new Map()

/**
 * A client bound to one server and one set of headers. A 409 (Medusa's
 * "already in progress" from its idempotency and locking) or a connection
 * error is retried a few times with a pause, as a storefront would, and
 * counted in `retried`; any other error, a 500 above all, fails at once.
 */
export function client(baseUrl, headers = {}) {
  const call = async (method, url, body, { retries = 3 } = {}) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(baseUrl, headers, method, url, body)
      } catch (error) {
        const transient = error instanceof HttpError ? error.status === 409 : true
        if (!transient || attempt >= retries) throw error
        const key = `${method} ${url.replace(/\/[a-z]+_[0-9A-Z]{26}/g, "/:id").split("?")[0]}`
        retried.set(key, (retried.get(key) ?? 0) + 1)
        await sleep(500 * (attempt + 1))
      }
    }
  }
  return {
    baseUrl,
    get: (url, opts) => call("GET", url, undefined, opts),
    post: (url, body = {}, opts) => call("POST", url, body, opts),
  }
}

/** Signs the demo admin in (emailpass); returns a client with its bearer token. */
export async function adminClient(baseUrl) {
  const { token } = await request(baseUrl, {}, "POST", "/auth/user/emailpass", { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
  return client(baseUrl, { authorization: `Bearer ${token}` })
}
