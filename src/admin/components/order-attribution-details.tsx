import { SectionRow } from "@medusajs/dashboard/components"
import { useDate } from "@medusajs/dashboard/hooks"
import { StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useDealerNames } from "../hooks/common/use-dealer-names"
import { AdminOrderAttribution } from "../types/order-attribution"
import { DealerChainList } from "./dealer-chain-list"

/**
 * The order's frozen attribution: the dealer, how they were found, why the
 * order earns nothing (if it does not) and the upline chain at that moment.
 */
export const OrderAttributionDetails = ({ attribution }: { attribution: AdminOrderAttribution }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const nameOf = useDealerNames(attribution.chain.map((entry) => entry.dealer_id))
  const dealer = attribution.chain.find((entry) => entry.dealer_id === attribution.dealer_id)
  const link = attribution.link

  return (
    <>
      <SectionRow
        title={t("distribution.attribution.fields.dealer")}
        value={
          attribution.dealer_id ? (
            <Link
              to={`/distribution/dealers/${attribution.dealer_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small"
              data-testid="order-attribution-dealer"
            >
              {[dealer?.code, nameOf(attribution.dealer_id)].filter(Boolean).join(" · ") || attribution.dealer_id}
            </Link>
          ) : null
        }
      />
      <SectionRow
        title={t("distribution.attribution.fields.source")}
        value={
          <span data-testid="order-attribution-source" data-source={attribution.source}>
            {t(`distribution.attribution.sources.${attribution.source}`)}
          </span>
        }
      />
      <SectionRow
        title={t("distribution.attribution.fields.link")}
        value={
          link
            ? `${link.code} · ${link.name || t(`distribution.links.kinds.${link.kind}`)}`
            : null
        }
      />
      <SectionRow
        title={t("distribution.attribution.fields.commissionable")}
        value={
          <StatusBadge
            color={attribution.commissionable ? "green" : "grey"}
            data-testid="order-attribution-commissionable"
            data-commissionable={attribution.commissionable}
          >
            {attribution.commissionable ? t("distribution.common.yes") : t("distribution.common.no")}
          </StatusBadge>
        }
      />
      {attribution.reason && (
        <SectionRow
          title={t("distribution.attribution.fields.reason")}
          value={
            <span data-testid="order-attribution-reason" data-reason={attribution.reason}>
              {t(`distribution.attribution.reasons.${attribution.reason}`)}
            </span>
          }
        />
      )}
      <SectionRow
        title={t("distribution.attribution.fields.recordedAt")}
        value={getFullDate({ date: attribution.created_at, includeTime: true })}
      />
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          {t("distribution.attribution.chainTitle")}
        </Text>
        {attribution.chain.length ? (
          <DealerChainList
            testId="order-attribution-chain"
            items={[...attribution.chain]
              .sort((a, b) => a.level - b.level)
              .map((entry) => ({
                id: entry.dealer_id,
                code: entry.code,
                name: nameOf(entry.dealer_id),
                status: entry.status,
                level: entry.level,
              }))}
          />
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.attribution.noChain")}
          </Text>
        )}
      </div>
    </>
  )
}
