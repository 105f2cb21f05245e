export * from "./workflows/attribute-order"
export * from "./workflows/record-referral-touch"
