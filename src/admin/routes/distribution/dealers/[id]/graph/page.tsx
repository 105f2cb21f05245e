import { useParams } from "react-router-dom"

import { BreadcrumbLabel } from "../../../../../components/breadcrumb-label"
import { DealerGraphHeader } from "./components/dealer-graph-header"
import { RelationshipGraph } from "./components/relationship-graph"

/** `/distribution/dealers/:id/graph`: the dealer's relationship graph (客户关系图). */
const DealerGraphPage = () => {
  const { id } = useParams()

  return (
    <div className="flex flex-col gap-y-3" data-testid="dealer-graph-page">
      <DealerGraphHeader dealerId={id!} />
      {/* A new dealer (a link in the graph) starts a fresh graph. */}
      <RelationshipGraph key={id} rootId={id!} />
    </div>
  )
}

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.graph.breadcrumb" />,
}

export default DealerGraphPage
