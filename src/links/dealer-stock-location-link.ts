import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import DistributionModule from "../modules/distribution"

/**
 * A dealer's own warehouses: Medusa stock locations, with their inventory
 * levels and reservations kept by Medusa. A dealer may own several; the
 * workflows that link one refuse a location another dealer already owns.
 */
export default defineLink(DistributionModule.linkable.dealer, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
})
