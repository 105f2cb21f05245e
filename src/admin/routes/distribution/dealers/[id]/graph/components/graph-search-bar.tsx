import { ChevronDownMini, ChevronUpMini } from "@medusajs/icons"
import { IconButton, Input, Text } from "@medusajs/ui"
import { KeyboardEvent } from "react"
import { useTranslation } from "react-i18next"

type GraphSearchBarProps = {
  value: string
  onChange: (value: string) => void
  matchCount: number
  /** Index of the focused match, -1 when there is none. */
  position: number
  onStep: (direction: 1 | -1) => void
}

/** Finds loaded nodes by name or code and steps through the matches. */
export const GraphSearchBar = ({ value, onChange, matchCount, position, onStep }: GraphSearchBarProps) => {
  const { t } = useTranslation()
  const searching = value.trim().length > 0

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && matchCount) {
      event.preventDefault()
      onStep(event.shiftKey ? -1 : 1)
    }
    if (event.key === "Escape") {
      onChange("")
    }
  }

  return (
    <div className="flex items-center gap-x-2">
      <Input
        type="search"
        size="small"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t("distribution.graph.searchPlaceholder")}
        aria-label={t("distribution.graph.searchPlaceholder")}
        className="w-64"
        data-testid="graph-search-input"
      />
      {searching && (
        <Text size="small" className="text-ui-fg-subtle whitespace-nowrap" data-testid="graph-search-count" aria-live="polite">
          {matchCount
            ? t("distribution.graph.searchPosition", { position: position + 1, total: matchCount })
            : t("distribution.common.emptySearchResults")}
        </Text>
      )}
      <IconButton
        size="small"
        variant="transparent"
        type="button"
        disabled={!matchCount}
        onClick={() => onStep(-1)}
        aria-label={t("distribution.graph.previousMatch")}
      >
        <ChevronUpMini />
      </IconButton>
      <IconButton
        size="small"
        variant="transparent"
        type="button"
        disabled={!matchCount}
        onClick={() => onStep(1)}
        aria-label={t("distribution.graph.nextMatch")}
        data-testid="graph-search-next"
      >
        <ChevronDownMini />
      </IconButton>
    </div>
  )
}
