import { hierarchy, tree } from "d3-hierarchy"

import { VisibleTreeItem } from "./visible-relationship-tree"

export type ItemSize = { width: number; height: number }

export type PositionedItem = {
  item: VisibleTreeItem
  /** Top-left corner, as React Flow places nodes. */
  x: number
  y: number
  width: number
  height: number
}

type LayoutOptions = {
  sizeOf: (item: VisibleTreeItem) => ItemSize
  /** Horizontal space between a parent's column and its children's. */
  columnGap: number
  /** Vertical space between neighbouring cards. */
  rowGap: number
}

/**
 * A left-to-right tidy tree (Reingold–Tilford, via d3-hierarchy): each level
 * is a column, siblings stack downwards. Cards differ in height, so the
 * breadth unit is one pixel and the separation of two neighbours is their
 * half-heights plus the gap (a little more between cousins).
 */
export const layoutRelationshipTree = (
  root: VisibleTreeItem,
  { sizeOf, columnGap, rowGap }: LayoutOptions
): PositionedItem[] => {
  const nodes = hierarchy<VisibleTreeItem>(root, (item) => item.children)
  const columnWidth =
    Math.max(...nodes.descendants().map((node) => sizeOf(node.data).width)) + columnGap

  const laidOut = tree<VisibleTreeItem>()
    .nodeSize([1, columnWidth])
    .separation((a, b) => {
      const gap = a.parent === b.parent ? rowGap : rowGap * 2
      return (sizeOf(a.data).height + sizeOf(b.data).height) / 2 + gap
    })(nodes)

  return laidOut.descendants().map((node) => {
    const { width, height } = sizeOf(node.data)
    return {
      item: node.data,
      // d3 lays trees out top-down; x is the breadth, y the depth.
      x: node.y,
      y: node.x - height / 2,
      width,
      height,
    }
  })
}
