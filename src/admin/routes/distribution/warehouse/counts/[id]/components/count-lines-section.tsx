import { MagnifyingGlass } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Tabs, Text, toast } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"

import { SectionErrorRow } from "../../../../../../components/section-error-row"
import { RowsSkeleton } from "../../../../../../components/section-skeleton"
import { TablePagination } from "../../../../../../components/table-pagination"
import { useSaveStockCountLines, useStockCountLines } from "../../../../../../hooks/api/stock-counts"
import { useIntlLocale } from "../../../../../../hooks/common/use-intl-locale"
import { formatMoney } from "../../../../../../lib/format-money"
import {
  STOCK_COUNT_LINE_STATES,
  StockCount,
  StockCountLine,
  StockCountLineState,
} from "../../../../../../types/stock-count"
import { VarianceQuantity, VarianceValue } from "../../components/variance"

const PAGE_SIZE = 50
const SEARCH_DELAY_MS = 300

/** A typed-in count: a whole number from 0, or undefined when it is not one. */
const parseCounted = (value: string): number | undefined => {
  const number = Number(value)
  return value.trim() !== "" && Number.isInteger(number) && number >= 0 ? number : undefined
}

/**
 * The count's lines, filtered by state (all / uncounted / counted / with a
 * variance) and SKU or title, a page at a time (`?state=&q=&offset=`). While
 * counting, each line takes its counted quantity; edits are kept across pages
 * and saved together.
 */
export const CountLinesSection = ({ count }: { count: StockCount }) => {
  const { t } = useTranslation()
  const locale = useIntlLocale()
  const [searchParams, setSearchParams] = useSearchParams()
  const state = (STOCK_COUNT_LINE_STATES as readonly string[]).includes(searchParams.get("state") ?? "")
    ? (searchParams.get("state") as StockCountLineState)
    : "all"
  const q = searchParams.get("q") ?? ""
  const offset = Math.max(0, Number(searchParams.get("offset")) || 0)
  const [search, setSearch] = useState(q)
  const [edits, setEdits] = useState<Record<string, string>>({})
  // Lines counted before their edit: emptying one clears its count (null).
  const [wasCounted, setWasCounted] = useState<Record<string, boolean>>({})
  const counting = count.status === "counting"
  const applied = count.status === "applied"
  const empty = t("distribution.common.empty")

  const setParams = (changes: Record<string, string | null>) =>
    setSearchParams(
      (prev) => {
        for (const [key, value] of Object.entries(changes)) {
          if (value) {
            prev.set(key, value)
          } else {
            prev.delete(key)
          }
        }
        return prev
      },
      { replace: true }
    )

  // The search box writes `q` once typing pauses, back on the first page.
  useEffect(() => {
    if (search.trim() === q) {
      return
    }
    const timer = setTimeout(() => setParams({ q: search.trim() || null, offset: null }), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, q])

  const { lines, count: total = 0, isPending, isError, error, refetch } = useStockCountLines(
    count.id,
    { state, q: q || undefined, limit: PAGE_SIZE, offset },
    { placeholderData: keepPreviousData }
  )
  const save = useSaveStockCountLines(count.id)

  const dirty = Object.entries(edits).filter(([id, value]) => value.trim() !== "" || wasCounted[id])
  const invalid = dirty.filter(([, value]) => value.trim() !== "" && parseCounted(value) === undefined)

  const onSave = () => {
    if (invalid.length) {
      toast.error(t("distribution.warehouse.counts.lines.invalid", { count: invalid.length }))
      return
    }
    save.mutate(
      {
        lines: dirty.map(([line_id, value]) => ({
          line_id,
          counted_quantity: value.trim() === "" ? null : parseCounted(value)!,
        })),
      },
      {
        onSuccess: () => {
          toast.success(t("distribution.warehouse.counts.lines.saved", { count: dirty.length }))
          setEdits({})
          setWasCounted({})
        },
        onError: (error) => toast.error(error.message || t("distribution.common.unknownError")),
      }
    )
  }

  const countedCell = (line: StockCountLine) => {
    if (!counting) {
      return <span className="tabular-nums">{line.counted_quantity ?? empty}</span>
    }
    const value = edits[line.id] ?? (line.counted_quantity === null ? "" : String(line.counted_quantity))
    const bad = edits[line.id] !== undefined && edits[line.id] !== "" && parseCounted(edits[line.id]) === undefined
    return (
      <Input
        size="small"
        type="number"
        min={0}
        step={1}
        value={value}
        onChange={(event) => {
          const next = event.target.value
          setWasCounted((prev) => (line.id in prev ? prev : { ...prev, [line.id]: line.counted_quantity !== null }))
          setEdits((prev) => ({ ...prev, [line.id]: next }))
        }}
        aria-invalid={bad || undefined}
        aria-label={t("distribution.warehouse.counts.lines.countedLabel", { sku: line.sku ?? line.inventory_item_id })}
        className="ml-auto w-24"
        data-testid="stock-count-line-input"
      />
    )
  }

  // An unsaved edit previews its variance; the server's figure otherwise.
  const varianceOf = (line: StockCountLine) => {
    const edited = edits[line.id] !== undefined ? parseCounted(edits[line.id]) : undefined
    return edited !== undefined ? edited - line.snapshot_quantity : line.variance_quantity
  }

  return (
    <Container className="divide-y p-0" data-testid="stock-count-lines">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Heading level="h2">{t("distribution.warehouse.counts.lines.title")}</Heading>
        {counting && (
          <div className="flex items-center gap-x-3">
            {dirty.length > 0 && (
              <Text size="small" className="text-ui-fg-subtle" data-testid="stock-count-lines-dirty">
                {t("distribution.warehouse.counts.lines.unsaved", { count: dirty.length })}
              </Text>
            )}
            {dirty.length > 0 && (
              <Button size="small" variant="transparent" type="button" onClick={() => {
                  setEdits({})
                  setWasCounted({})
                }}>
                {t("distribution.warehouse.counts.lines.discard")}
              </Button>
            )}
            <Button
              size="small"
              type="button"
              onClick={onSave}
              disabled={!dirty.length}
              isLoading={save.isPending}
              data-testid="stock-count-lines-save"
            >
              {t("distribution.warehouse.counts.lines.save")}
            </Button>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-3">
        <Tabs value={state} onValueChange={(value) => setParams({ state: value === "all" ? null : value, offset: null })}>
          <Tabs.List>
            {STOCK_COUNT_LINE_STATES.map((option) => (
              <Tabs.Trigger key={option} value={option} data-testid={`stock-count-lines-state-${option}`}>
                {t(`distribution.warehouse.counts.lines.states.${option}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <div className="relative w-full max-w-[260px]">
          <Input
            size="small"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder={t("distribution.warehouse.counts.lines.searchPlaceholder")}
            data-testid="stock-count-lines-search"
          />
          <MagnifyingGlass className="text-ui-fg-muted pointer-events-none absolute right-2 top-1/2 -translate-y-1/2" />
        </div>
      </div>
      {isPending ? (
        <RowsSkeleton />
      ) : isError ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : !lines?.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="stock-count-lines-empty">
          {t("distribution.warehouse.counts.lines.empty")}
        </Text>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("distribution.warehouse.fields.sku")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("distribution.warehouse.fields.title")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("distribution.warehouse.counts.fields.snapshot")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("distribution.warehouse.counts.fields.countedQuantity")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("distribution.warehouse.counts.fields.varianceQuantity")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("distribution.warehouse.counts.fields.unitCost")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("distribution.warehouse.counts.fields.varianceValue")}</Table.HeaderCell>
                  {applied && (
                    <>
                      <Table.HeaderCell className="text-right">{t("distribution.warehouse.counts.fields.adjustment")}</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">{t("distribution.warehouse.counts.fields.quantityAfter")}</Table.HeaderCell>
                    </>
                  )}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {lines.map((line) => (
                  <Table.Row
                    key={line.id}
                    data-testid={`stock-count-line-${line.sku ?? line.inventory_item_id}`}
                    data-line-id={line.id}
                    data-counted={line.counted_quantity ?? undefined}
                  >
                    <Table.Cell className="txt-compact-small-plus whitespace-nowrap">{line.sku ?? empty}</Table.Cell>
                    <Table.Cell>
                      <Text size="small" className="max-w-[240px] truncate" title={line.title ?? undefined}>
                        {line.title ?? empty}
                      </Text>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{line.snapshot_quantity}</Table.Cell>
                    <Table.Cell className="text-right">{countedCell(line)}</Table.Cell>
                    <Table.Cell className="text-right">
                      <VarianceQuantity value={varianceOf(line)} testId="stock-count-line-variance" />
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                      {line.unit_cost && line.currency_code ? formatMoney(line.unit_cost, line.currency_code, locale) : empty}
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      <VarianceValue value={line.variance_value} currencyCode={line.currency_code} locale={locale} />
                    </Table.Cell>
                    {applied && (
                      <>
                        <Table.Cell className="text-right">
                          <VarianceQuantity value={line.applied_adjustment} />
                        </Table.Cell>
                        <Table.Cell className="text-right tabular-nums">{line.quantity_after ?? empty}</Table.Cell>
                      </>
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <TablePagination
            count={total}
            pageSize={PAGE_SIZE}
            offset={offset}
            onOffsetChange={(next) => setParams({ offset: next > 0 ? String(next) : null })}
          />
        </>
      )}
    </Container>
  )
}
