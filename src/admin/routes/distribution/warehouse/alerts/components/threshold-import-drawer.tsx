import { Button, Drawer, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { ChangeEvent, FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"

import { useImportStockThresholds } from "../../../../../hooks/api/stock-alerts"

type Props = { open: boolean; onClose: () => void }

const TEMPLATE = "sku,location,reorder_point,reorder_quantity\n"

/** The server's 400 names one bad row per line ("row 3: unknown SKU …"). */
const splitRowErrors = (message: string) => {
  const lines = message.split("\n").map((line) => line.trim()).filter(Boolean)
  const rows = lines.filter((line) => /^row \d+:|^…/.test(line))
  return { summary: lines.filter((line) => !rows.includes(line)).join(" "), rows }
}

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
  const [fileName, setFileName] = useState<string | null>(null)
  const [failure, setFailure] = useState<{ summary: string; rows: string[] } | null>(null)
  const { mutate, isPending } = useImportStockThresholds()

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    setCsv(await file.text())
    setFileName(file.name)
    setFailure(null)
  }

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
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="threshold-import-file" size="small" weight="plus">
            {t("distribution.stockAlerts.import.file")}
          </Label>
          <input
            id="threshold-import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={readFile}
            data-testid="stock-threshold-import-file"
            className="txt-small text-ui-fg-subtle file:bg-ui-button-neutral file:shadow-buttons-neutral file:text-ui-fg-base file:txt-compact-small-plus file:mr-3 file:rounded-md file:border-0 file:px-2 file:py-1"
          />
          {fileName && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("distribution.stockAlerts.import.loaded", { name: fileName })}
            </Text>
          )}
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="threshold-import-csv" size="small" weight="plus">
            {t("distribution.stockAlerts.import.paste")}
          </Label>
          <Textarea
            id="threshold-import-csv"
            rows={12}
            className="font-mono"
            value={csv}
            onChange={(e) => {
              setCsv(e.target.value)
              setFailure(null)
            }}
            data-testid="stock-threshold-import-csv"
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("distribution.stockAlerts.import.hint")}
          </Text>
        </div>
        {failure && (
          <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md border px-3 py-2" role="alert" data-testid="stock-threshold-import-errors">
            <Text size="small" weight="plus" className="text-ui-fg-error">
              {failure.summary || t("distribution.stockAlerts.import.failed")}
            </Text>
            {failure.rows.map((row) => (
              <Text key={row} size="xsmall" className="text-ui-fg-subtle font-mono">
                {row}
              </Text>
            ))}
          </div>
        )}
      </Drawer.Body>
      <Drawer.Footer>
        <div className="flex items-center justify-end gap-x-2">
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t("distribution.actions.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            type="submit"
            isLoading={isPending}
            disabled={!csv.trim()}
            data-testid="stock-threshold-import-submit"
          >
            {t("distribution.stockAlerts.import.submit")}
          </Button>
        </div>
      </Drawer.Footer>
    </form>
  )
}
