import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { useDealerHistory } from "../../../../../hooks/api/dealers"
import { DealerHistoryEntry } from "./dealer-history-entry"
import { useHistoryValueLabels } from "./use-history-value-labels"

const PAGE_SIZE = 10

/** The dealer's timeline, newest first, loaded a page at a time. */
export const DealerHistorySection = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTranslation()
  const [limit, setLimit] = useState(PAGE_SIZE)
  const { history, count, isPending, isFetching, isError, error } = useDealerHistory(
    dealerId,
    { limit, offset: 0 },
    { placeholderData: keepPreviousData }
  )
  const entries = history ?? []
  const describe = useHistoryValueLabels(entries)

  return (
    <Container className="divide-y p-0" data-testid="dealer-history-section">
      <div className="px-6 py-4">
        <Heading level="h2">{t("distribution.dealers.history.title")}</Heading>
      </div>
      <div className="px-6 py-4">
        {isPending ? (
          <div className="flex flex-col gap-y-3" aria-busy="true">
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </div>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error">
            {error?.message || t("distribution.common.loadFailed")}
          </Text>
        ) : !entries.length ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.dealers.history.empty")}
          </Text>
        ) : (
          <div className="flex flex-col gap-y-2">
            <ol>
              {entries.map((entry, index) => (
                <DealerHistoryEntry
                  key={entry.id}
                  entry={entry}
                  describe={describe}
                  isLast={index === entries.length - 1}
                />
              ))}
            </ol>
            {(count ?? 0) > entries.length && (
              <Button
                size="small"
                variant="secondary"
                className="self-start"
                isLoading={isFetching}
                onClick={() => setLimit((current) => current + PAGE_SIZE)}
              >
                {t("distribution.actions.loadMore")}
              </Button>
            )}
          </div>
        )}
      </div>
    </Container>
  )
}
