export * from "./steps/sync-order-sales-facts"
export * from "./workflows/sync-order-sales-facts"
export { computeSalesFacts, syncSalesFacts } from "./utils/sync-sales-facts"
export * from "./steps/write-sales-facts"
