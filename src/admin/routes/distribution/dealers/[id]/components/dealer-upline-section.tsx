import { ActionMenu } from "@medusajs/dashboard/components"
import { ArrowUpDown, ChevronRightMini } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Fragment } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { AdminDealerDetail } from "../../../../../types/dealer"

/** The chain from the producer down to this dealer, each step a link. */
export const DealerUplineSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  // The API lists the upline nearest first; the chain reads top-down.
  const chain = [...(dealer.upline ?? [])].reverse()

  return (
    <Container className="divide-y p-0" data-testid="dealer-upline-section">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("distribution.dealers.upline.title")}</Heading>
        <ActionMenu
          groups={[
            {
              actions: [
                {
                  label: t("distribution.dealers.upline.move"),
                  icon: <ArrowUpDown />,
                  to: "move",
                  disabled: dealer.status === "terminated",
                },
              ],
            },
          ]}
        />
      </div>
      <nav
        aria-label={t("distribution.dealers.upline.title")}
        className="flex flex-wrap items-center gap-1 px-6 py-4"
        data-testid="dealer-upline-chain"
      >
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.common.producer")}
        </Text>
        {chain.map((upline) => (
          <Fragment key={upline.id}>
            <ChevronRightMini className="text-ui-fg-muted" />
            <Link
              to={`/distribution/dealers/${upline.id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small"
            >
              {`${upline.code} · ${upline.display_name}`}
            </Link>
          </Fragment>
        ))}
        <ChevronRightMini className="text-ui-fg-muted" />
        <Text size="small" weight="plus" title={t("distribution.dealers.upline.youAreHere")}>
          {dealer.code}
        </Text>
      </nav>
    </Container>
  )
}
