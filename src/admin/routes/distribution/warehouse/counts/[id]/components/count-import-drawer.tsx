import { Button, Drawer, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { ChangeEvent, FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"

import { useImportStockCount } from "../../../../../../hooks/api/stock-counts"
import { StockCount } from "../../../../../../types/stock-count"

const EXAMPLE = "sku,counted\nSKU-001,12\nSKU-002,0"

type FormProps = { count: StockCount; onDone: () => void }

/**
 * Counted quantities as CSV (`sku,counted`), from a file or pasted. All or
 * nothing: a bad row refuses the whole upload and the server's list of rows
 * ("row 3: unknown SKU …") is shown here to fix them.
 */
const CountImportForm = ({ count, onDone }: FormProps) => {
  const { t } = useTranslation()
  const [csv, setCsv] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const upload = useImportStockCount(count.id)

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) {
      setCsv(await file.text())
      setProblem(null)
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!csv.trim()) {
      setProblem(t("distribution.warehouse.counts.import.empty"))
      return
    }
    setProblem(null)
    upload.mutate(
      { csv },
      {
        onSuccess: ({ updated }) => {
          toast.success(t("distribution.warehouse.counts.import.success", { count: updated }))
          onDone()
        },
        onError: (error) => {
          setProblem(error.message || t("distribution.common.unknownError"))
          toast.error(t("distribution.warehouse.counts.import.failed"))
        },
      }
    )
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.warehouse.counts.import.hint")}
        </Text>
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor="stock-count-import-file">
            {t("distribution.warehouse.counts.import.file")}
          </Label>
          <input
            id="stock-count-import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={onFile}
            className="txt-compact-small text-ui-fg-subtle file:bg-ui-button-neutral file:shadow-buttons-neutral file:text-ui-fg-base file:mr-3 file:rounded-md file:border-0 file:px-2 file:py-1"
            data-testid="stock-count-import-file"
          />
        </div>
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor="stock-count-import-csv">
            {t("distribution.warehouse.counts.import.text")}
          </Label>
          <Textarea
            id="stock-count-import-csv"
            rows={10}
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
            placeholder={EXAMPLE}
            className="font-mono"
            data-testid="stock-count-import-csv"
          />
        </div>
        {problem && (
          <Text
            size="small"
            className="text-ui-fg-error whitespace-pre-wrap break-words"
            data-testid="stock-count-import-errors"
          >
            {/* The server lists bad rows separated by "; ": one per line. */}
            {problem.split("; ").map((row, index) => (
              <span key={index} className="block">
                {row}
              </span>
            ))}
          </Text>
        )}
      </Drawer.Body>
      <Drawer.Footer>
        <div className="flex items-center justify-end gap-x-2">
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t("distribution.actions.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={upload.isPending} data-testid="stock-count-import-submit">
            {t("distribution.warehouse.counts.import.submit")}
          </Button>
        </div>
      </Drawer.Footer>
    </form>
  )
}

type DrawerProps = { count: StockCount; open: boolean; onClose: () => void }

export const CountImportDrawer = ({ count, open, onClose }: DrawerProps) => {
  const { t } = useTranslation()

  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content data-testid="stock-count-import-dialog">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{t("distribution.warehouse.counts.import.title")}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">{t("distribution.warehouse.counts.import.hint")}</Drawer.Description>
        </Drawer.Header>
        {open && <CountImportForm count={count} onDone={onClose} />}
      </Drawer.Content>
    </Drawer>
  )
}
