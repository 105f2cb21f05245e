import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useExportInventoryAnalysis } from "../../../../../hooks/api/inventory-analysis"
import { InventoryAnalysisReport } from "../../../../../types/inventory-analysis"

type ExportCsvButtonProps = {
  report: InventoryAnalysisReport
  /** The filters on screen; the export has every page of them. */
  query?: Record<string, unknown>
}

/** "Export CSV" of one report, with the filters shown. */
export const ExportCsvButton = ({ report, query }: ExportCsvButtonProps) => {
  const { t } = useTranslation()
  const exporter = useExportInventoryAnalysis({
    onError: (error) => toast.error(error.message || t("distribution.inventoryAnalysis.exportFailed")),
  })

  return (
    <Button
      size="small"
      variant="secondary"
      type="button"
      isLoading={exporter.isPending}
      disabled={exporter.isPending}
      onClick={() => exporter.mutate({ report, query, format: "csv" })}
      data-testid={`inventory-analysis-export-${report}`}
    >
      <ArrowDownTray />
      {t("distribution.inventoryAnalysis.exportCsv")}
    </Button>
  )
}
