import { Module } from "@medusajs/framework/utils"
import { REPORTING_MODULE } from "../../types/module-names"
import ReportingModuleService from "./service"

export { REPORTING_MODULE }

export default Module(REPORTING_MODULE, {
  service: ReportingModuleService,
})
