import { Container, Heading, Select, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { QueryErrorState } from "../../../../components/query-error-state"
import { TablePagination } from "../../../../components/table-pagination"
import { useCustomerTierChanges } from "../../../../hooks/api/customer-insights"
import { CustomerTierChangeSource } from "../../../../types/customer-insights"
import { CustomerTierChangeRow } from "./customer-tier-change-row"

const PAGE_SIZE = 20
const ALL = "all"
const SOURCES: CustomerTierChangeSource[] = ["order", "job", "admin"]

/** The latest tier changes of every customer, newest first, by source. */
export const CustomerTierChangesSection = () => {
  const { t } = useTranslation()
  const k = (key: string, options?: Record<string, unknown>) => t(`distribution.customerTiers.${key}`, options)
  const [source, setSource] = useState<string>(ALL)
  const [pageIndex, setPageIndex] = useState(0)
  useEffect(() => setPageIndex(0), [source])
  const { changes, count, isPending, isError, error, refetch } = useCustomerTierChanges(
    { ...(source !== ALL ? { source: source as CustomerTierChangeSource } : {}), limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE },
    { placeholderData: keepPreviousData }
  )
  const total = count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="customer-tier-changes">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Heading level="h2">{k("changes.title")}</Heading>
        <div className="w-44">
          <Select size="small" value={source} onValueChange={setSource}>
            <Select.Trigger data-testid="customer-tier-changes-source">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>{k("changes.allSources")}</Select.Item>
              {SOURCES.map((s) => (
                <Select.Item key={s} value={s}>
                  {k(`sources.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isError ? (
        <div className="p-4">
          <QueryErrorState error={error} onRetry={refetch} />
        </div>
      ) : isPending ? (
        <div className="px-6 py-8" aria-busy="true">
          <Text size="small" className="text-ui-fg-muted">
            {t("distribution.common.loading")}
          </Text>
        </div>
      ) : !changes?.length ? (
        <div className="px-6 py-8" data-testid="customer-tier-changes-empty">
          <Text size="small" className="text-ui-fg-muted">
            {k("changes.empty")}
          </Text>
        </div>
      ) : (
        <>
          {changes.map((change) => (
            <CustomerTierChangeRow key={change.id} change={change} showCustomer />
          ))}
          <TablePagination
            count={total}
            pageSize={PAGE_SIZE}
            offset={pageIndex * PAGE_SIZE}
            onOffsetChange={(offset) => setPageIndex(Math.floor(offset / PAGE_SIZE))}
          />
        </>
      )}
    </Container>
  )
}
