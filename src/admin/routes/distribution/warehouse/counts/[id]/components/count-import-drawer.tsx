import { Drawer, Heading, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"

import { CsvImportFields } from "../../../../../../components/csv-import-fields"
import { DrawerFormFooter } from "../../../../../../components/drawer-form-footer"
import { useImportStockCount } from "../../../../../../hooks/api/stock-counts"
import { CsvImportFailure, splitRowErrors } from "../../../../../../lib/split-row-errors"
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
  const [failure, setFailure] = useState<CsvImportFailure | null>(null)
  const upload = useImportStockCount(count.id)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!csv.trim()) {
      setFailure({ summary: t("distribution.warehouse.counts.import.empty"), rows: [] })
      return
    }
    setFailure(null)
    upload.mutate(
      { csv },
      {
        onSuccess: ({ updated }) => {
          toast.success(t("distribution.warehouse.counts.import.success", { count: updated }))
          onDone()
        },
        onError: (error) => {
          setFailure(splitRowErrors(error.message || t("distribution.common.unknownError")))
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
        <CsvImportFields
          testId="stock-count-import"
          value={csv}
          onChange={(next) => {
            setCsv(next)
            setFailure(null)
          }}
          fileLabel={t("distribution.warehouse.counts.import.file")}
          textLabel={t("distribution.warehouse.counts.import.text")}
          placeholder={EXAMPLE}
          failure={failure}
          failedLabel={t("distribution.warehouse.counts.import.failed")}
        />
      </Drawer.Body>
      <DrawerFormFooter
        isPending={upload.isPending}
        submitTestId="stock-count-import-submit"
        submitLabel={t("distribution.warehouse.counts.import.submit")}
      />
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
