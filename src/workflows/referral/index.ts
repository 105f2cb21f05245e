export * from "./workflows/attribute-order"
export * from "./workflows/create-referral-link"
export * from "./workflows/record-referral-touch"
export * from "./workflows/update-referral-link"
