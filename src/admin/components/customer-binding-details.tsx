import { SectionRow } from "@medusajs/dashboard/components"
import { useDate } from "@medusajs/dashboard/hooks"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { AdminBindingDealer, AdminCustomerBinding } from "../types/customer-binding"
import { DealerChainList } from "./dealer-chain-list"
import { DealerStatusBadge } from "./dealer-status-badge"

const LINK_CLASS = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small"

/** The current binding: dealer, since when, how, through which link, until when, and the chain above. */
type CustomerBindingDetailsProps = {
  binding: AdminCustomerBinding | null
  /** The bound dealer's upline, nearest first. */
  chain: AdminBindingDealer[]
}

export const CustomerBindingDetails = ({ binding, chain: upline }: CustomerBindingDetailsProps) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()

  if (!binding) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="customer-binding-empty">
        {t("distribution.binding.empty")}
      </Text>
    )
  }

  const dealer = binding.dealer
  // Level 1 is the bound dealer, as in an order's frozen chain.
  const chain = [...(dealer ? [dealer] : []), ...upline].map((entry, index) => ({ id: entry.id, code: entry.code, name: entry.display_name, status: entry.status, level: index + 1 }))

  return (
    <>
      <SectionRow
        title={t("distribution.binding.fields.dealer")}
        value={
          dealer ? (
            <div className="flex flex-wrap items-center gap-2">
              <Link to={`/distribution/dealers/${dealer.id}`} className={LINK_CLASS} data-testid="customer-binding-dealer">
                {`${dealer.code} · ${dealer.display_name}`}
              </Link>
              <DealerStatusBadge status={dealer.status} testId="customer-binding-dealer-status" />
            </div>
          ) : null
        }
      />
      <SectionRow
        title={t("distribution.binding.fields.boundAt")}
        value={getFullDate({ date: binding.bound_at, includeTime: true })}
      />
      <SectionRow
        title={t("distribution.binding.fields.source")}
        value={
          <span data-testid="customer-binding-source" data-source={binding.source}>
            {t(`distribution.binding.sources.${binding.source}`)}
          </span>
        }
      />
      <SectionRow
        title={t("distribution.binding.fields.link")}
        value={binding.link ? `${binding.link.code} · ${binding.link.name || t(`distribution.links.kinds.${binding.link.kind}`)}` : null}
      />
      {binding.order_id && (
        <SectionRow
          title={t("distribution.binding.fields.order")}
          value={
            <Link to={`/orders/${binding.order_id}`} className={LINK_CLASS}>
              {t("distribution.binding.viewOrder")}
            </Link>
          }
        />
      )}
      <SectionRow
        title={t("distribution.binding.fields.expiresAt")}
        value={binding.expires_at ? getFullDate({ date: binding.expires_at }) : t("distribution.binding.noExpiry")}
      />
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          {t("distribution.binding.chainTitle")}
        </Text>
        <DealerChainList items={chain} testId="customer-binding-chain" />
      </div>
    </>
  )
}
