// Jest's node environment, plus: a test or hook that fails with an axios error
// reports the request and the answer, and the error can cross to the parent
// process. `npm test http` runs the specs in a jest worker, which sends each
// file's results (the thrown errors among them) to the parent as JSON; an
// AxiosError holds the request and the response, which point at each other,
// so the worker crashed ("Converting circular structure to JSON"), jest
// retried the file four times and the failing assertion was never shown.
const { TestEnvironment } = require("jest-environment-node")

const BODY_LIMIT = 2000
const flattened = new WeakSet()

function describeBody(data) {
  if (data === undefined || data === "") {
    return ""
  }
  let text
  try {
    text = typeof data === "string" ? data : JSON.stringify(data)
  } catch {
    text = String(data)
  }
  return text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}… (${text.length} chars)` : text
}

/**
 * Rewrites an axios error in place (jest already holds this object) into a
 * plain one: "POST /store/x -> 400 Bad Request: {body}" as its message, and
 * only JSON-safe fields left.
 */
function flattenAxiosError(error) {
  if (!error || typeof error !== "object" || !error.isAxiosError || flattened.has(error)) {
    return
  }
  const { config = {}, response } = error
  const method = String(config.method ?? "get").toUpperCase()
  let url = config.url ?? ""
  if (config.baseURL && !/^https?:/.test(url)) {
    url = `${config.baseURL.replace(/\/$/, "")}/${url.replace(/^\//, "")}`
  }
  const outcome = response
    ? `${response.status} ${response.statusText ?? ""}`.trim() + (describeBody(response.data) ? `: ${describeBody(response.data)}` : "")
    : `${error.code ?? "no response"}: ${error.message}`
  const message = `${method} ${url} -> ${outcome}`
  const original = error.message
  error.stack =
    typeof error.stack === "string" && original && error.stack.includes(original)
      ? error.stack.replace(original, message)
      : `AxiosError: ${message}\n${error.stack ?? ""}`
  error.message = message
  let data
  try {
    data = response ? JSON.parse(JSON.stringify(response.data ?? null)) : undefined
  } catch {
    data = describeBody(response.data)
  }
  delete error.config
  delete error.request
  error.response = response ? { status: response.status, data } : undefined
  // AxiosError#toJSON would read the config that is gone now.
  error.toJSON = undefined
  flattened.add(error)
}

class DistributionTestEnvironment extends TestEnvironment {
  async handleTestEvent(event, state) {
    if (event.name === "test_fn_failure" || event.name === "hook_failure") {
      const { error } = event
      // The error itself, what it wraps, or what a failed matcher received.
      for (const candidate of [error, error?.cause, error?.matcherResult?.actual, error?.matcherResult?.expected]) {
        flattenAxiosError(candidate)
      }
    }
    return super.handleTestEvent?.(event, state)
  }
}

module.exports = DistributionTestEnvironment
module.exports.flattenAxiosError = flattenAxiosError
