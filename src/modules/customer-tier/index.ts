import { Module } from "@medusajs/framework/utils"
import { CUSTOMER_TIER_MODULE } from "../../types/module-names"
import CustomerTierModuleService from "./service"

export { CUSTOMER_TIER_MODULE }

export default Module(CUSTOMER_TIER_MODULE, {
  service: CustomerTierModuleService,
})
