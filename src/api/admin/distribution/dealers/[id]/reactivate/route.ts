import { statusChangeRoute } from "../../status-change-route"

export const POST = statusChangeRoute("active")
