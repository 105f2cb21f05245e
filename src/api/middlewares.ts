import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCommissionMiddlewares } from "./admin/distribution/commission/middlewares"
import { adminReportMiddlewares } from "./admin/distribution/reports/middlewares"
import { adminDealerApplicationMiddlewares } from "./admin/distribution/applications/middlewares"
import { adminDealerMiddlewares } from "./admin/distribution/dealers/middlewares"
import { adminReferralMiddlewares } from "./admin/distribution/links/middlewares"
import { adminPayoutMiddlewares } from "./admin/distribution/payouts/middlewares"
import { adminDealerTierMiddlewares } from "./admin/distribution/tiers/middlewares"
import { adminCustomerTierMiddlewares } from "./admin/distribution/customer-tiers/middlewares"
import { adminDealerLocationMiddlewares } from "./admin/distribution/dealers/[id]/locations/middlewares"
import { adminInventoryAnalysisMiddlewares } from "./admin/distribution/warehouse/analysis/middlewares"
import { adminWarehouseMiddlewares } from "./admin/distribution/warehouse/middlewares"
import { adminStockAlertMiddlewares } from "./admin/distribution/warehouse/thresholds/middlewares"
import { storeDealerStockMiddlewares } from "./store/distribution/me/stock/middlewares"
import { adminPerformanceMiddlewares } from "./admin/distribution/performance/middlewares"
import { storeDealerPerformanceMiddlewares } from "./store/distribution/me/performance/middlewares"
import { storeDistributionMiddlewares } from "./store/distribution/middlewares"
import { rejectNulBytes } from "./shared/reject-nul-bytes"

export default defineMiddlewares({
  routes: [
    // Postgres text can't hold NUL: refuse it in ids, queries and bodies before it becomes a 500.
    { matcher: "/admin/distribution*", middlewares: [rejectNulBytes] },
    { matcher: "/store/distribution*", middlewares: [rejectNulBytes] },
    ...adminDealerTierMiddlewares,
    ...adminCustomerTierMiddlewares,
    ...adminDealerMiddlewares,
    ...adminDealerApplicationMiddlewares,
    ...adminReferralMiddlewares,
    ...adminCommissionMiddlewares,
    ...adminReportMiddlewares,
    ...adminPayoutMiddlewares,
    ...adminWarehouseMiddlewares,
    ...adminStockAlertMiddlewares,
    ...adminInventoryAnalysisMiddlewares,
    ...adminDealerLocationMiddlewares,
    // WeChat signs the exact bytes it sends: the callback is verified over the raw body.
    {
      method: ["POST"],
      matcher: "/hooks/distribution/wechatpay",
      bodyParser: { preserveRawBody: true },
    },
    ...storeDealerStockMiddlewares,
    ...adminPerformanceMiddlewares,
    ...storeDealerPerformanceMiddlewares,
    ...storeDistributionMiddlewares,
  ],
})
