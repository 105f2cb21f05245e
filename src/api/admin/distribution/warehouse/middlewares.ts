import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  CountLinesQuery,
  CountListQuery,
  CreateCountBody,
  CreateTransferBody,
  EmptyBody,
  ExportQuery,
  ImportCountsBody,
  InventoryQuery,
  ItemCostListQuery,
  LocationListQuery,
  ReceiveTransferBody,
  RecordCountsBody,
  SaveItemCostBody,
  TransferListQuery,
  UpdateTransferBody,
} from "./validators"

const BASE = "/admin/distribution/warehouse"
const empty = [validateAndTransformBody(EmptyBody)]

/** Validation and auth of the routes for transfers, counts, locations, inventory lookups and item costs. */
export const adminWarehouseMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: `${BASE}/locations`, middlewares: [validateAndTransformQuery(LocationListQuery, {})] },
  { method: ["GET"], matcher: `${BASE}/inventory`, middlewares: [validateAndTransformQuery(InventoryQuery, {})] },
  { method: ["GET"], matcher: `${BASE}/transfers`, middlewares: [validateAndTransformQuery(TransferListQuery, {})] },
  { method: ["POST"], matcher: `${BASE}/transfers`, middlewares: [validateAndTransformBody(CreateTransferBody)] },
  { method: ["POST"], matcher: `${BASE}/transfers/:id`, middlewares: [validateAndTransformBody(UpdateTransferBody)] },
  { method: ["POST"], matcher: `${BASE}/transfers/:id/ship`, middlewares: empty },
  { method: ["POST"], matcher: `${BASE}/transfers/:id/receive`, middlewares: [validateAndTransformBody(ReceiveTransferBody)] },
  { method: ["POST"], matcher: `${BASE}/transfers/:id/cancel`, middlewares: empty },
  { method: ["GET"], matcher: `${BASE}/counts`, middlewares: [validateAndTransformQuery(CountListQuery, {})] },
  { method: ["POST"], matcher: `${BASE}/counts`, middlewares: [validateAndTransformBody(CreateCountBody)] },
  { method: ["GET"], matcher: `${BASE}/counts/:id/lines`, middlewares: [validateAndTransformQuery(CountLinesQuery, {})] },
  { method: ["POST"], matcher: `${BASE}/counts/:id/lines`, middlewares: [validateAndTransformBody(RecordCountsBody)] },
  { method: ["POST"], matcher: `${BASE}/counts/:id/import`, middlewares: [validateAndTransformBody(ImportCountsBody)] },
  { method: ["POST"], matcher: `${BASE}/counts/:id/apply`, middlewares: empty },
  { method: ["POST"], matcher: `${BASE}/counts/:id/cancel`, middlewares: empty },
  { method: ["GET"], matcher: `${BASE}/counts/:id/export`, middlewares: [validateAndTransformQuery(ExportQuery, {})] },
  { method: ["GET"], matcher: `${BASE}/item-costs`, middlewares: [validateAndTransformQuery(ItemCostListQuery, {})] },
  { method: ["POST"], matcher: `${BASE}/item-costs`, middlewares: [validateAndTransformBody(SaveItemCostBody)] },
]
