import { Drawer, Heading, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"

import { CsvImportFields } from "../../../../../components/csv-import-fields"
import { DrawerFormFooter } from "../../../../../components/drawer-form-footer"
import { useImportStockThresholds } from "../../../../../hooks/api/stock-alerts"
import { CsvImportFailure, splitRowErrors } from "../../../../../lib/split-row-errors"

type Props = { open: boolean; onClose: () => void }

const TEMPLATE = "sku,location,reorder_point,reorder_quantity\n"

/**
 * Thresholds in bulk: upload a CSV or paste it. All or nothing — a bad row
 * refuses the file and the rows to fix are listed here.
 */
export const ThresholdImportDrawer = ({ open, onClose }: Props) => {
  const { t } = useTranslation()
  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content data-testid="stock-threshold-import-drawer">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{t("distribution.stockAlerts.import.title")}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">{t("distribution.stockAlerts.import.description")}</Drawer.Description>
        </Drawer.Header>
        {open && <ImportForm onDone={onClose} />}
      </Drawer.Content>
    </Drawer>
  )
}

const ImportForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation()
  const [csv, setCsv] = useState(TEMPLATE)
  const [failure, setFailure] = useState<CsvImportFailure | null>(null)
  const { mutate, isPending } = useImportStockThresholds()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setFailure(null)
    mutate(csv, {
      onSuccess: ({ updated }) => {
        toast.success(t("distribution.stockAlerts.import.done", { count: updated }))
        onDone()
      },
      onError: (error) => setFailure(splitRowErrors(error.message)),
    })
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.stockAlerts.import.description")}
        </Text>
        <CsvImportFields
          testId="stock-threshold-import"
          value={csv}
          onChange={(next) => {
            setCsv(next)
            setFailure(null)
          }}
          fileLabel={t("distribution.stockAlerts.import.file")}
          loadedLabel={(name) => t("distribution.stockAlerts.import.loaded", { name })}
          textLabel={t("distribution.stockAlerts.import.paste")}
          textHint={t("distribution.stockAlerts.import.hint")}
          rows={12}
          failure={failure}
          failedLabel={t("distribution.stockAlerts.import.failed")}
        />
      </Drawer.Body>
      <DrawerFormFooter
        isPending={isPending}
        submitTestId="stock-threshold-import-submit"
        submitLabel={t("distribution.stockAlerts.import.submit")}
        submitDisabled={!csv.trim()}
      />
    </form>
  )
}
