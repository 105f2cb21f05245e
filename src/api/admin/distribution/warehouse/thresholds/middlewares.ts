import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AlertListQuery, EmptyBody, ImportThresholdsBody, SaveThresholdsBody, ThresholdListQuery } from "./validators"

const BASE = "/admin/distribution/warehouse"

/** Validation and auth of the routes for low-stock thresholds and alerts. */
export const adminStockAlertMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: `${BASE}/thresholds`, middlewares: [validateAndTransformQuery(ThresholdListQuery, {})] },
  { method: ["POST"], matcher: `${BASE}/thresholds`, middlewares: [validateAndTransformBody(SaveThresholdsBody)] },
  { method: ["POST"], matcher: `${BASE}/thresholds/import`, middlewares: [validateAndTransformBody(ImportThresholdsBody)] },
  { method: ["GET"], matcher: `${BASE}/alerts`, middlewares: [validateAndTransformQuery(AlertListQuery, {})] },
  { method: ["POST"], matcher: `${BASE}/alerts/scan`, middlewares: [validateAndTransformBody(EmptyBody)] },
]
