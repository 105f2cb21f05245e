import { ArrowUturnLeft } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { DealerStatusBadge } from "../../../../../../components/dealer-status-badge"
import { useDealer } from "../../../../../../hooks/api/dealers"

/** Whose graph this is, with the way back to the dealer's page. */
export const DealerGraphHeader = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTranslation()
  const { dealer, isPending } = useDealer(dealerId)

  return (
    <Container className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div className="flex flex-col">
        <Heading>{t("distribution.graph.title")}</Heading>
        {isPending ? (
          <Skeleton className="mt-1 h-5 w-48" />
        ) : (
          dealer && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="dealer-graph-dealer">
              {`${dealer.code} · ${dealer.display_name}`}
            </Text>
          )
        )}
      </div>
      <div className="flex items-center gap-x-2">
        {dealer && <DealerStatusBadge status={dealer.status} />}
        <Button size="small" variant="secondary" asChild>
          <Link to={`/distribution/dealers/${dealerId}`}>
            <ArrowUturnLeft />
            {t("distribution.graph.backToDealer")}
          </Link>
        </Button>
      </div>
    </Container>
  )
}
