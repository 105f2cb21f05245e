import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCommissionMiddlewares } from "./admin/distribution/commission/middlewares"
import { adminDealerApplicationMiddlewares } from "./admin/distribution/applications/middlewares"
import { adminDealerMiddlewares } from "./admin/distribution/dealers/middlewares"
import { adminReferralMiddlewares } from "./admin/distribution/links/middlewares"
import { adminDealerTierMiddlewares } from "./admin/distribution/tiers/middlewares"
import { storeDistributionMiddlewares } from "./store/distribution/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminDealerTierMiddlewares,
    ...adminDealerMiddlewares,
    ...adminDealerApplicationMiddlewares,
    ...adminReferralMiddlewares,
    ...adminCommissionMiddlewares,
    ...storeDistributionMiddlewares,
  ],
})
