import { Module } from "@medusajs/framework/utils"
import { COMMISSION_MODULE } from "../../types/module-names"
import CommissionModuleService from "./service"

export { COMMISSION_MODULE }

export default Module(COMMISSION_MODULE, {
  service: CommissionModuleService,
})
