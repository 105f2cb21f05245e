import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowRightMini } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { useStockCounts } from "../../../hooks/api/stock-counts"
import { useStockTransfers } from "../../../hooks/api/stock-transfers"

type CardProps = {
  to: string
  title: string
  description: string
  testId: string
  /** Live figures under the description ("3 on the way"). */
  figures?: { label: string; value?: number; testId: string }[]
}

const WarehouseCard = ({ to, title, description, testId, figures }: CardProps) => (
  <Link
    to={to}
    data-testid={testId}
    className="bg-ui-bg-base shadow-elevation-card-rest hover:shadow-elevation-card-hover focus-visible:shadow-borders-focus flex flex-col gap-y-3 rounded-lg px-6 py-4 outline-none transition-shadow"
  >
    <div className="flex items-center justify-between gap-x-2">
      <Heading level="h2">{title}</Heading>
      <ArrowRightMini className="text-ui-fg-muted" />
    </div>
    <Text size="small" className="text-ui-fg-subtle">
      {description}
    </Text>
    {figures && (
      <dl className="flex flex-wrap gap-x-6 gap-y-1">
        {figures.map((figure) => (
          <div key={figure.testId} className="flex items-baseline gap-x-2">
            <dd className="txt-compact-large-plus tabular-nums" data-testid={figure.testId}>
              {figure.value === undefined ? <Skeleton className="h-5 w-6" /> : figure.value}
            </dd>
            <dt className="txt-compact-small text-ui-fg-subtle">{figure.label}</dt>
          </div>
        ))}
      </dl>
    )}
  </Link>
)

/**
 * `/distribution/warehouse` (仓库): the way into transfers, counts, low-stock
 * alerts and the inventory analysis, with what is open right now.
 */
const WarehousePage = () => {
  const { t } = useTranslation()
  // `limit: 1`: only the counts are wanted.
  const drafts = useStockTransfers({ status: "draft", limit: 1 })
  const shipped = useStockTransfers({ status: "shipped", limit: 1 })
  const counting = useStockCounts({ status: "counting", limit: 1 })

  return (
    <div className="flex flex-col gap-y-3" data-testid="warehouse-home">
      <Container className="px-6 py-4">
        <Heading>{t("distribution.warehouse.home.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.warehouse.home.subtitle")}
        </Text>
      </Container>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <WarehouseCard
          to="/distribution/warehouse/transfers"
          title={t("distribution.warehouse.transfers.title")}
          description={t("distribution.warehouse.home.transfersDescription")}
          testId="warehouse-home-transfers"
          figures={[
            { label: t("distribution.warehouse.home.draftTransfers"), value: drafts.count, testId: "warehouse-home-draft-transfers" },
            { label: t("distribution.warehouse.home.shippedTransfers"), value: shipped.count, testId: "warehouse-home-shipped-transfers" },
          ]}
        />
        <WarehouseCard
          to="/distribution/warehouse/counts"
          title={t("distribution.warehouse.counts.title")}
          description={t("distribution.warehouse.home.countsDescription")}
          testId="warehouse-home-counts"
          figures={[
            { label: t("distribution.warehouse.home.countsInProgress"), value: counting.count, testId: "warehouse-home-counting" },
          ]}
        />
        <WarehouseCard
          to="/distribution/warehouse/alerts"
          title={t("distribution.warehouse.home.alertsTitle")}
          description={t("distribution.warehouse.home.alertsDescription")}
          testId="warehouse-home-alerts"
        />
        <WarehouseCard
          to="/distribution/warehouse/analysis"
          title={t("distribution.warehouse.home.analysisTitle")}
          description={t("distribution.warehouse.home.analysisDescription")}
          testId="warehouse-home-analysis"
        />
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "distribution.menu.warehouse",
  translationNs: "translation",
  rank: 8,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.warehouse" />,
}

export default WarehousePage
