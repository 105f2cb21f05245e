import { RouteDrawer } from "@medusajs/dashboard/components"
import { Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"

import { useDealer } from "../../../../../hooks/api/dealers"
import { AdminDealerDetail } from "../../../../../types/dealer"

type DealerRouteDrawerProps = {
  title: string
  children: (dealer: AdminDealerDetail) => ReactNode
}

/**
 * The drawer every routed dealer form opens in (`@edit`, `@tier`, …): it reads
 * the dealer from the detail page's cached query and renders the form once
 * it is there.
 */
export const DealerRouteDrawer = ({ title, children }: DealerRouteDrawerProps) => {
  const { id } = useParams()
  const { t } = useTranslation()
  const { dealer, isError, error } = useDealer(id!)

  return (
    <RouteDrawer>
      <RouteDrawer.Header>
        <RouteDrawer.Title asChild>
          <Heading>{title}</Heading>
        </RouteDrawer.Title>
        <RouteDrawer.Description className="sr-only">{title}</RouteDrawer.Description>
      </RouteDrawer.Header>
      {isError ? (
        <RouteDrawer.Body>
          <Text size="small" className="text-ui-fg-error">
            {error?.message || t("distribution.common.loadFailed")}
          </Text>
        </RouteDrawer.Body>
      ) : (
        dealer && children(dealer)
      )}
    </RouteDrawer>
  )
}
