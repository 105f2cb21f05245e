import { Module } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../types/module-names"
import payoutProvidersLoader from "./loaders/providers"
import PayoutModuleService from "./service"

export { PAYOUT_MODULE }

export default Module(PAYOUT_MODULE, {
  service: PayoutModuleService,
  loaders: [payoutProvidersLoader],
})
