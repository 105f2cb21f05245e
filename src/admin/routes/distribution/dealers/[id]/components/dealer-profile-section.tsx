import { ActionMenu, SectionRow } from "@medusajs/dashboard/components"
import { useDate } from "@medusajs/dashboard/hooks"
import { PencilSquare } from "@medusajs/icons"
import { Container, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { formatCustomer } from "../../../../../lib/format-customer"
import { AdminDealerDetail } from "../../../../../types/dealer"

/** The dealer's contact details, contract and customer account. */
export const DealerProfileSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()
  const date = (value: string | null) => (value ? getFullDate({ date: value }) : null)

  return (
    <Container className="divide-y p-0" data-testid="dealer-profile-section">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("distribution.dealers.profile.title")}</Heading>
        <ActionMenu
          groups={[
            {
              actions: [
                {
                  label: t("distribution.dealers.profile.edit"),
                  icon: <PencilSquare />,
                  to: "edit",
                },
              ],
            },
          ]}
        />
      </div>
      <SectionRow
        title={t("distribution.fields.customer")}
        value={
          <Link
            to={`/customers/${dealer.customer_id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small"
          >
            {formatCustomer(dealer.customer) || t("distribution.dealers.detail.customerLink")}
          </Link>
        }
      />
      <SectionRow title={t("distribution.fields.companyName")} value={dealer.company_name} />
      <SectionRow title={t("distribution.fields.contactName")} value={dealer.contact_name} />
      <SectionRow title={t("distribution.fields.phone")} value={dealer.phone} />
      <SectionRow title={t("distribution.fields.email")} value={dealer.email} />
      <SectionRow title={t("distribution.fields.region")} value={dealer.region} />
      <SectionRow title={t("distribution.fields.address")} value={dealer.address} />
      <SectionRow
        title={t("distribution.fields.contractNumber")}
        value={dealer.contract_number}
      />
      <SectionRow
        title={t("distribution.fields.contractStartAt")}
        value={date(dealer.contract_start_at)}
      />
      <SectionRow
        title={t("distribution.fields.contractEndAt")}
        value={date(dealer.contract_end_at)}
      />
      <SectionRow
        title={t("distribution.fields.createdAt")}
        value={getFullDate({ date: dealer.created_at, includeTime: true })}
      />
    </Container>
  )
}
