import { DataTable } from "@medusajs/dashboard/components"
import { Container } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { useTiers } from "../../../../../hooks/api/tiers"
import { useListEmptyState } from "../../../../../hooks/common/use-list-empty-state"
import { AdminDealerTier } from "../../../../../types/tier"
import { TierFormDrawer } from "../tier-form-drawer"
import { useTiersTableColumns } from "./columns"
import { useTiersTableQuery } from "./query"

const PAGE_SIZE = 20

// Creating a tier (`tier: null`) or editing one; the tier is kept while the
// drawer animates closed.
type DrawerState = { open: boolean; tier: AdminDealerTier | null }

export const TiersTable = () => {
  const { t } = useTranslation()
  const emptyState = useListEmptyState("distribution.tiers.list")
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, tier: null })

  const query = useTiersTableQuery({ pageSize: PAGE_SIZE })
  const { tiers, count, isPending, isError, error, refetch } = useTiers(query, {
    placeholderData: keepPreviousData,
  })
  const columns = useTiersTableColumns({
    onEdit: useCallback((tier: AdminDealerTier) => setDrawer({ open: true, tier }), []),
  })

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <>
      <Container className="p-0" data-testid="distribution-tiers-table">
        <DataTable<AdminDealerTier>
          data={tiers ?? []}
          columns={columns}
          getRowId={(row) => row.id}
          rowCount={count ?? 0}
          pageSize={PAGE_SIZE}
          isLoading={isPending}
          heading={t("distribution.tiers.title")}
          subHeading={t("distribution.tiers.subtitle")}
          action={{
            label: t("distribution.tiers.createAction"),
            onClick: () => setDrawer({ open: true, tier: null }),
          }}
          emptyState={emptyState}
        />
      </Container>
      <TierFormDrawer
        open={drawer.open}
        tier={drawer.tier}
        onClose={() => setDrawer((current) => ({ ...current, open: false }))}
      />
    </>
  )
}
