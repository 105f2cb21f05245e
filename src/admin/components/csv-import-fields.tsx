import { Label, Text, Textarea } from "@medusajs/ui"
import { ChangeEvent, useState } from "react"

import { CsvImportFailure } from "../lib/split-row-errors"

type CsvImportFieldsProps = {
  /** Test ids, and ids of the fields: `${testId}-file`, `${testId}-csv`, `${testId}-errors`. */
  testId: string
  value: string
  /** The text typed, pasted, or read from a chosen file. */
  onChange: (csv: string) => void
  fileLabel: string
  textLabel: string
  /** Under the text box (e.g. the header row expected). */
  textHint?: string
  placeholder?: string
  rows?: number
  /** Said under the file input once a file is read. */
  loadedLabel?: (fileName: string) => string
  failure: CsvImportFailure | null
  /** The failure's heading when the server gave no summary. */
  failedLabel: string
}

/**
 * A CSV from a file or pasted (a file's text lands in the box, to check or
 * edit before sending), and the rows the server refused.
 */
export const CsvImportFields = ({
  testId,
  value,
  onChange,
  fileLabel,
  textLabel,
  textHint,
  placeholder,
  rows = 10,
  loadedLabel,
  failure,
  failedLabel,
}: CsvImportFieldsProps) => {
  const [fileName, setFileName] = useState<string | null>(null)

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    onChange(await file.text())
    setFileName(file.name)
  }

  return (
    <>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={`${testId}-file`} size="small" weight="plus">
          {fileLabel}
        </Label>
        <input
          id={`${testId}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={readFile}
          data-testid={`${testId}-file`}
          className="txt-small text-ui-fg-subtle file:bg-ui-button-neutral file:shadow-buttons-neutral file:text-ui-fg-base file:txt-compact-small-plus file:mr-3 file:rounded-md file:border-0 file:px-2 file:py-1"
        />
        {fileName && loadedLabel && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {loadedLabel(fileName)}
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={`${testId}-csv`} size="small" weight="plus">
          {textLabel}
        </Label>
        <Textarea
          id={`${testId}-csv`}
          rows={rows}
          className="font-mono"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
          data-testid={`${testId}-csv`}
        />
        {textHint && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {textHint}
          </Text>
        )}
      </div>
      {failure && (
        <div
          className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md border px-3 py-2"
          role="alert"
          data-testid={`${testId}-errors`}
        >
          <Text size="small" weight="plus" className="text-ui-fg-error">
            {failure.summary || failedLabel}
          </Text>
          {failure.rows.map((row, index) => (
            <Text key={index} size="xsmall" className="text-ui-fg-subtle font-mono">
              {row}
            </Text>
          ))}
        </div>
      )}
    </>
  )
}
