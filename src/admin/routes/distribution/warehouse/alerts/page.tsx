import { ArrowPath } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { BreadcrumbLabel } from "../../../../components/breadcrumb-label"
import { useScanStockAlerts } from "../../../../hooks/api/stock-alerts"
import { AlertsSection } from "./components/alerts-section"
import { ThresholdsSection } from "./components/thresholds-section"

/**
 * `/distribution/warehouse/alerts` (库存预警): open and closed low-stock
 * alerts with what to reorder, and the thresholds that raise them (edited
 * here or imported from CSV).
 */
const StockAlertsPage = () => {
  const { t } = useTranslation()
  const { mutate: scan, isPending: isScanning } = useScanStockAlerts()

  const handleScan = () =>
    scan(undefined, {
      onSuccess: (result) => toast.success(t("distribution.stockAlerts.scan.done", { opened: result.opened, closed: result.closed })),
      onError: (error) => toast.error(error.message),
    })

  return (
    <div className="flex flex-col gap-y-3" data-testid="stock-alerts-page">
      <Container className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading>{t("distribution.stockAlerts.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.stockAlerts.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={handleScan} isLoading={isScanning} data-testid="stock-alerts-scan">
          <ArrowPath />
          {t("distribution.stockAlerts.scan.action")}
        </Button>
      </Container>
      <AlertsSection />
      <ThresholdsSection />
    </div>
  )
}

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.stockAlerts.title" />,
}

export default StockAlertsPage
