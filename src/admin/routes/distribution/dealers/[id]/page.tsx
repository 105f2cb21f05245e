import { Outlet, UIMatch, useParams } from "react-router-dom"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../components/query-error-state"
import { useDealer } from "../../../../hooks/api/dealers"
import { DealerBalanceSection } from "./components/dealer-balance-section"
import { DealerBreadcrumb } from "./components/dealer-breadcrumb"
import { DealerDetailSkeleton } from "./components/dealer-detail-skeleton"
import { DealerDownlineSection } from "./components/dealer-downline-section"
import { DealerGeneralSection } from "./components/dealer-general-section"
import { DealerHistorySection } from "./components/dealer-history-section"
import { DealerPayoutAccountsSection } from "./components/dealer-payout-accounts-section"
import { DealerProfileSection } from "./components/dealer-profile-section"
import { DealerReferralLinksSection } from "./components/dealer-referral-links-section"
import { DealerPerformanceSection } from "./components/dealer-performance-section"
import { DealerTierSection } from "./components/dealer-tier-section"
import { DealerUplineSection } from "./components/dealer-upline-section"
import { DealerWarehousesSection } from "./components/dealer-warehouses-section"

const DealerDetailPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { dealer, isPending, isError, error, refetch } = useDealer(id!)

  if (isPending) {
    return <DealerDetailSkeleton />
  }

  if (isError || !dealer) {
    const notFound = (error as { status?: number } | null)?.status === 404
    return (
      <QueryErrorState
        error={error}
        onRetry={notFound ? undefined : refetch}
        message={notFound ? t("distribution.dealers.detail.notFound") : undefined}
      />
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="dealer-detail">
      <DealerGeneralSection dealer={dealer} />
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3">
          <DealerProfileSection dealer={dealer} />
          <DealerPerformanceSection dealer={dealer} />
          <DealerReferralLinksSection dealer={dealer} />
          <DealerDownlineSection dealer={dealer} />
          <DealerWarehousesSection dealer={dealer} />
          <DealerHistorySection dealerId={dealer.id} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <DealerBalanceSection dealer={dealer} />
          <DealerPayoutAccountsSection dealer={dealer} />
          <DealerTierSection dealer={dealer} />
          <DealerUplineSection dealer={dealer} />
        </div>
      </div>
      {/* Routed drawers: @edit, @tier, @move, @status, @create-link, @adjustment, @payout-account. */}
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <DealerBreadcrumb id={match.params.id!} />,
}

export default DealerDetailPage
