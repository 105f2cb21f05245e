import { Module } from "@medusajs/framework/utils"
import { WAREHOUSE_MODULE } from "../../types/module-names"
import WarehouseModuleService from "./service"

export { WAREHOUSE_MODULE }

export default Module(WAREHOUSE_MODULE, {
  service: WarehouseModuleService,
})
