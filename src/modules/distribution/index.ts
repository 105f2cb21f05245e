import { Module } from "@medusajs/framework/utils"
import { DISTRIBUTION_MODULE } from "../../types/module-names"
import DistributionModuleService from "./service"

export { DISTRIBUTION_MODULE }

export default Module(DISTRIBUTION_MODULE, {
  service: DistributionModuleService,
})
