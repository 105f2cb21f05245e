import { DataTable } from "@medusajs/dashboard/components"
import { Container } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../../components/query-error-state"
import { useApplications } from "../../../../../hooks/api/applications"
import { useListEmptyState } from "../../../../../hooks/common/use-list-empty-state"
import { AdminDealerApplication } from "../../../../../types/application"
import { ApproveApplicationDrawer } from "../approve-application-drawer"
import { RejectApplicationDrawer } from "../reject-application-drawer"
import { useApplicationsTableColumns } from "./columns"
import { useApplicationsTableFilters } from "./filters"
import { useApplicationsTableQuery } from "./query"

const PAGE_SIZE = 20

/** The review queue, with approve and reject drawers over it. */
export const ApplicationsTable = () => {
  const { t } = useTranslation()
  const emptyState = useListEmptyState("distribution.applications.list")
  const [approving, setApproving] = useState<AdminDealerApplication | null>(null)
  const [rejecting, setRejecting] = useState<AdminDealerApplication | null>(null)

  const query = useApplicationsTableQuery({ pageSize: PAGE_SIZE })
  const { applications, count, isPending, isError, error, refetch } = useApplications(query, {
    placeholderData: keepPreviousData,
  })
  const columns = useApplicationsTableColumns({
    onApprove: useCallback((application: AdminDealerApplication) => setApproving(application), []),
    onReject: useCallback((application: AdminDealerApplication) => setRejecting(application), []),
  })
  const filters = useApplicationsTableFilters()

  if (isError) {
    return <QueryErrorState error={error} onRetry={refetch} />
  }

  return (
    <>
      <Container className="p-0" data-testid="distribution-applications-table">
        <DataTable<AdminDealerApplication>
          data={applications ?? []}
          columns={columns}
          filters={filters}
          getRowId={(row) => row.id}
          rowCount={count ?? 0}
          pageSize={PAGE_SIZE}
          isLoading={isPending}
          heading={t("distribution.applications.title")}
          subHeading={t("distribution.applications.subtitle")}
          emptyState={emptyState}
        />
      </Container>
      <ApproveApplicationDrawer application={approving} onClose={() => setApproving(null)} />
      <RejectApplicationDrawer application={rejecting} onClose={() => setRejecting(null)} />
    </>
  )
}
