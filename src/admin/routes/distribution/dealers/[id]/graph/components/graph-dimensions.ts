import { ItemSize } from "../../../../../../lib/layout-relationship-tree"
import { VisibleTreeItem } from "../../../../../../lib/visible-relationship-tree"

const CARD_WIDTH = 280

/** Fixed card sizes: the tree layout needs them before anything is drawn. */
export const GRAPH_SIZES = {
  dealer: { width: CARD_WIDTH, height: 164 },
  customer: { width: CARD_WIDTH, height: 112 },
  more: { width: CARD_WIDTH, height: 44 },
} satisfies Record<string, ItemSize>

export const GRAPH_COLUMN_GAP = 88
export const GRAPH_ROW_GAP = 16

export const sizeOfGraphItem = (item: VisibleTreeItem): ItemSize =>
  item.kind === "more" ? GRAPH_SIZES.more : GRAPH_SIZES[item.node.type]
