import { DealerStatus } from "./dealer"

export type GraphNodeType = "dealer" | "customer"

/** An amount in major units as a decimal string ("200.50"), per currency. */
export type GraphMoney = { currency_code: string; amount: string }

/** A dealer or a bound customer of a relationship graph (客户关系图). */
export type AdminGraphNode = {
  id: string
  type: GraphNodeType
  label: string
  code?: string
  status?: DealerStatus
  tier_code?: string | null
  /** Levels below the dealer the graph was asked for (0 = that dealer). */
  level: number
  parent_id: string | null
  counts: {
    downline_direct?: number
    downline_total?: number
    customers?: number
    orders: number
  }
  sales: GraphMoney[]
  /** Children (dealers and bound customers) in all; a page may hold fewer. */
  children_total: number
}

export type AdminGraphEdge = {
  source: string
  target: string
  type: "upline" | "binding"
}

export type AdminDealerGraphParams = {
  depth?: number
  limit?: number
  offset?: number
}

export type AdminDealerGraphResponse = {
  root_id: string
  depth: number
  limit: number
  offset: number
  nodes: AdminGraphNode[]
  edges: AdminGraphEdge[]
}
