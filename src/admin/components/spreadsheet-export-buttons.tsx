import { ArrowDownTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { SpreadsheetFormat } from "../lib/download-spreadsheet"

const LABELS: Record<SpreadsheetFormat, string> = { csv: "exportCsv", xlsx: "exportXlsx" }

type SpreadsheetExportButtonsProps = {
  /** The export mutation: while it runs both buttons are disabled, the clicked one spinning. */
  exporter: { isPending: boolean; variables?: { format: SpreadsheetFormat } }
  onExport: (format: SpreadsheetFormat) => void
  /** Where the labels live: `${labelKey}.exportCsv` and `${labelKey}.exportXlsx`. */
  labelKey: string
  /** The buttons are `${testId}-csv` and `${testId}-xlsx`. */
  testId: string
}

/** "Export CSV" and "Export XLSX", side by side. */
export const SpreadsheetExportButtons = ({
  exporter,
  onExport,
  labelKey,
  testId,
}: SpreadsheetExportButtonsProps) => {
  const { t } = useTranslation()

  return (
    <>
      {(["csv", "xlsx"] as const).map((format) => (
        <Button
          key={format}
          size="small"
          variant="secondary"
          type="button"
          onClick={() => onExport(format)}
          isLoading={exporter.isPending && exporter.variables?.format === format}
          disabled={exporter.isPending}
          data-testid={`${testId}-${format}`}
        >
          <ArrowDownTray />
          {t(`${labelKey}.${LABELS[format]}`)}
        </Button>
      ))}
    </>
  )
}
