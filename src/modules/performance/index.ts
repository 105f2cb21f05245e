import { Module } from "@medusajs/framework/utils"
import { PERFORMANCE_MODULE } from "../../types/module-names"
import PerformanceModuleService from "./service"

export { PERFORMANCE_MODULE }

export default Module(PERFORMANCE_MODULE, {
  service: PerformanceModuleService,
})
