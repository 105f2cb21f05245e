import { useDebouncedSearch } from "@medusajs/dashboard/hooks"
import { CheckMini, MagnifyingGlass } from "@medusajs/icons"
import { clx, DataTableFilter, Skeleton, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { useDealers } from "../hooks/api/dealers"

const RESULTS = 10

type DealerFilterPickerProps = {
  value?: string
  onChange: (value?: string) => void
}

/**
 * The dealer filter's popover: a search over codes and names with the first
 * matches below it. It renders inside the filter's own popover (no portal
 * of its own, which that popover would take for an outside click).
 */
const DealerFilterPicker = ({ value, onChange }: DealerFilterPickerProps) => {
  const { t } = useTranslation()
  const { searchValue, onSearchValueChange, query } = useDebouncedSearch()
  const { dealers, isPending, isError } = useDealers(
    { q: query || undefined, limit: RESULTS, order: "code" },
    { placeholderData: keepPreviousData }
  )

  return (
    <div className="w-[280px]" data-testid="dealer-filter-picker">
      <div className="flex items-center gap-x-2 border-b px-3 py-1.5">
        <MagnifyingGlass className="text-ui-fg-muted" />
        <input
          value={searchValue}
          onChange={(event) => onSearchValueChange(event.target.value)}
          placeholder={t("distribution.ledger.filters.dealerSearch")}
          className="txt-compact-small h-8 flex-1 bg-transparent outline-none placeholder:text-ui-fg-muted"
          autoFocus
          data-testid="dealer-filter-search"
        />
      </div>
      <div className="max-h-[300px] overflow-auto p-1">
        {isPending ? (
          <div className="flex flex-col gap-y-1 p-1" aria-busy="true">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
          </div>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error px-2 py-4">
            {t("distribution.common.loadFailed")}
          </Text>
        ) : !dealers?.length ? (
          <Text size="small" className="text-ui-fg-muted px-2 py-4 text-center">
            {t("distribution.common.emptySearchResults")}
          </Text>
        ) : (
          dealers.map((dealer) => (
            <button
              key={dealer.id}
              type="button"
              onClick={() => onChange(dealer.id)}
              className={clx(
                "txt-compact-small flex w-full items-center gap-x-2 rounded-md px-2 py-1.5 text-left",
                "hover:bg-ui-bg-base-hover"
              )}
              data-testid={`dealer-filter-option-${dealer.code}`}
            >
              <span className="flex size-[15px] items-center justify-center">
                {dealer.id === value && <CheckMini />}
              </span>
              <span className="truncate">{`${dealer.code} · ${dealer.display_name}`}</span>
            </button>
          ))
        )}
      </div>
    </div>
  )
}

/**
 * A DataTable filter on one dealer (`dealer_id` in the URL). The chosen
 * dealer is passed as the filter's only option so its chip reads
 * "NB101 · Ningbo" rather than the id.
 */
export const useDealerTableFilter = ({
  id = "dealer_id",
  label,
  selectedId,
}: {
  id?: string
  label: string
  selectedId?: string
}): DataTableFilter => {
  const selection = useMemo(() => (selectedId ? [selectedId] : []), [selectedId])
  const { dealers } = useDealers(
    { id: selection, limit: 1 },
    { enabled: selection.length > 0 }
  )
  const selected = dealers?.find((dealer) => dealer.id === selectedId)

  return useMemo(() => {
    const filter = {
      id,
      label,
      type: "custom" as const,
      // Read by the filter chip to show a label instead of the raw value.
      options: selected
        ? [{ label: `${selected.code} · ${selected.display_name}`, value: selected.id }]
        : [],
      render: ({ value, onChange }: { value: unknown; onChange: (value: unknown) => void }) => (
        <DealerFilterPicker
          value={typeof value === "string" ? value : undefined}
          onChange={onChange}
        />
      ),
    }
    return filter as DataTableFilter
  }, [id, label, selected])
}
